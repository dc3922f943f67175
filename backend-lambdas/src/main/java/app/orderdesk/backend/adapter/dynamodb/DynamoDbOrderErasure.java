package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.OrderErasure;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Finds a customer's orders through CustomerEmailIndex and removes email, phone and a card's payment token
 * from each, replacing the name with a placeholder. Removing {@code customerEmail} also takes the
 * order out of the email index, so a repeat erasure finds nothing left to change.
 */
public final class DynamoDbOrderErasure implements OrderErasure {

    static final String ERASED_NAME = "(erased)";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbOrderErasure(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public int anonymiseOrdersOf(String email) {
        int changed = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            var request = QueryRequest.builder().tableName(tableName).indexName("CustomerEmailIndex")
                    .keyConditionExpression("customerEmail = :email").projectionExpression("orderId")
                    .expressionAttributeValues(Map.of(":email", s(email))).exclusiveStartKey(startKey).build();
            var response = AwsFailures.call("Orders Query CustomerEmailIndex", () -> client.query(request));
            for (var item : response.items()) {
                if (anonymise(item.get("orderId").s(), email)) {
                    changed++;
                }
            }
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (startKey != null);
        return changed;
    }

    /**
     * A card's token goes with the customer; the pay-on-delivery token stays: it is the same word on every such order,
     * says nothing of the person, and is how the order is known to be paid on delivery — without it, its refund went to
     * the card gateway (refused: "no charge was taken") and its payment could no longer be recorded (audit, session 34).
     */
    private boolean anonymise(String orderId, String email) {
        var cardOrNone = UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET customerName = :erased REMOVE customerEmail, customerPhone, paymentToken")
                .conditionExpression("customerEmail = :email AND (attribute_not_exists(paymentToken) OR paymentToken <> :pod)")
                .expressionAttributeValues(Map.of(":erased", s(ERASED_NAME), ":email", s(email),
                        ":pod", s(app.orderdesk.backend.domain.Order.PAY_ON_DELIVERY_TOKEN))).build();
        try {
            AwsFailures.run("Orders UpdateItem erase", () -> client.updateItem(cardOrNone));
            return true;
        } catch (ConditionalCheckFailedException erasedOrPaidOnDelivery) {
            // the second write tells the two apart
        }
        var paidOnDelivery = UpdateItemRequest.builder().tableName(tableName).key(Map.of("orderId", s(orderId)))
                .updateExpression("SET customerName = :erased REMOVE customerEmail, customerPhone")
                .conditionExpression("customerEmail = :email")
                .expressionAttributeValues(Map.of(":erased", s(ERASED_NAME), ":email", s(email))).build();
        try {
            AwsFailures.run("Orders UpdateItem erase", () -> client.updateItem(paidOnDelivery));
            return true;
        } catch (ConditionalCheckFailedException alreadyErased) {
            return false;
        }
    }
}
