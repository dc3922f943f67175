package app.orderdesk.backend.adapter;

import app.orderdesk.backend.domain.Order;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Test access to the Orders item mapping, which is package-private in the adapter. */
final class DynamoDbItems {
    private DynamoDbItems() {}

    static Map<String, AttributeValue> toItem(Order order) {
        return app.orderdesk.backend.adapter.dynamodb.TestAccess.toItem(order);
    }

    static Order toOrder(Map<String, AttributeValue> item) {
        return app.orderdesk.backend.adapter.dynamodb.TestAccess.toOrder(item);
    }
}
