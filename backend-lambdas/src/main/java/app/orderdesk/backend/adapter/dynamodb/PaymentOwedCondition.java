package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An order item whose payment on delivery is still owed, as a DynamoDB condition: paid on delivery, collectable
 * ({@link PaymentReceipt#COLLECTABLE}) and no payment recorded. One expression for the write that records a payment
 * (ADR 0071) and the search for the payments outstanding (ADR 0073), so the list shows exactly the orders the write
 * accepts. Uses the name {@code #status}, which the caller maps to {@code status}.
 */
final class PaymentOwedCondition {

    private PaymentOwedCondition() {}

    /** The expression; its values ({@code :onDelivery}, {@code :collectable0}…) are added to {@code values}. */
    static String expression(Map<String, AttributeValue> values) {
        values.put(":onDelivery", s(Order.PAY_ON_DELIVERY_TOKEN));
        List<String> collectable = new ArrayList<>();
        for (OrderStatus status : PaymentReceipt.COLLECTABLE) {
            String placeholder = ":collectable" + collectable.size();
            collectable.add(placeholder);
            values.put(placeholder, s(status.name()));
        }
        return "paymentToken = :onDelivery AND #status IN (" + String.join(", ", collectable)
                + ") AND attribute_not_exists(paymentReceived)";
    }
}
