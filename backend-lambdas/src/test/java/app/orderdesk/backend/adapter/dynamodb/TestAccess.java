package app.orderdesk.backend.adapter.dynamodb;

import app.orderdesk.backend.domain.Order;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Opens the package-private item mapping to tests in other packages. */
public final class TestAccess {
    private TestAccess() {}

    public static Map<String, AttributeValue> toItem(Order order) {
        return DynamoDbOrderRepository.toItem(order);
    }

    public static Order toOrder(Map<String, AttributeValue> item) {
        return DynamoDbOrderRepository.toOrder(item);
    }
}
