package app.orderdesk.backend.adapter.sns;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.ChangeEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes {@code {"event": "ORDER_STATUS_CHANGED" | "STOCK_CHANGED" | "SETTINGS_CHANGED", ...}} on the order events topic,
 * with the event name as a message attribute (as the workflow's ORDER_PAID). A failed publish is logged
 * and swallowed: the change it announces is already written, failing the step now would only repeat it,
 * and a desk that misses one push still sees the change at its next read.
 */
public final class SnsChangeEvents implements ChangeEvents {

    public static final String ORDER_STATUS_CHANGED = "ORDER_STATUS_CHANGED";
    public static final String STOCK_CHANGED = "STOCK_CHANGED";
    public static final String SETTINGS_CHANGED = "SETTINGS_CHANGED";

    private static final Logger LOG = LogManager.getLogger(SnsChangeEvents.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsClient sns;
    private final Supplier<String> topicArn;

    /** The topic is read at the first publish, so functions that never publish need not know it. */
    public SnsChangeEvents(SnsClient sns, Supplier<String> topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void orderStatusChanged(String orderId, OrderStatus status, Instant at) {
        ObjectNode message = JSON.createObjectNode().put("event", ORDER_STATUS_CHANGED)
                .put("orderId", orderId).put("status", status.name()).put("at", at.toString());
        publish(ORDER_STATUS_CHANGED, message);
    }

    @Override
    public void stockChanged(String productId, Instant at) {
        publish(STOCK_CHANGED, JSON.createObjectNode().put("event", STOCK_CHANGED).put("productId", productId).put("at", at.toString()));
    }

    @Override
    public void settingsChanged(Instant at) {
        publish(SETTINGS_CHANGED, JSON.createObjectNode().put("event", SETTINGS_CHANGED).put("at", at.toString()));
    }

    private void publish(String event, ObjectNode message) {
        try {
            sns.publish(r -> r.topicArn(topicArn.get()).message(message.toString())
                    .messageAttributes(Map.of("event", MessageAttributeValue.builder().dataType("String").stringValue(event).build())));
        } catch (RuntimeException e) {
            LOG.warn("could not publish {} {}: {}", event, message, e.toString());
        }
    }
}
