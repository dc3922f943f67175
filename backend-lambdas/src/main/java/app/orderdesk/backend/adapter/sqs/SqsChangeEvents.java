package app.orderdesk.backend.adapter.sqs;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.OrderChangeMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Sends {@code {"event": "ORDER_STATUS_CHANGED" | "STOCK_CHANGED" | "SETTINGS_CHANGED", ...}} straight to the push-events queue
 * (SSE-SQS), with the event name as a message attribute — the body the queue used to receive from the order
 * events topic by raw delivery. Not through the topic: these changes feed only the push notifier, and every
 * publish on the KMS-encrypted topic may cost KMS requests, where SSE-SQS costs none (ADR 0036).
 * A failed send is logged and swallowed: the change it announces is already written, failing the step now
 * would only repeat it, and a desk that misses one push still sees the change at its next read.
 */
public final class SqsChangeEvents implements ChangeEvents {

    public static final String ORDER_STATUS_CHANGED = "ORDER_STATUS_CHANGED";
    public static final String STOCK_CHANGED = "STOCK_CHANGED";
    public static final String SETTINGS_CHANGED = "SETTINGS_CHANGED";

    private static final Logger LOG = LogManager.getLogger(SqsChangeEvents.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final Supplier<String> queueUrl;

    /** The queue is read at the first send, so functions that never announce a change need not know it. */
    public SqsChangeEvents(SqsClient sqs, Supplier<String> queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    // The bodies are the ones the order events topic used to carry; the whole change is built by OrderChangeMessage.
    @Override
    public void orderStatusChanged(String orderId, OrderStatus status, Instant at) {
        ObjectNode message = JSON.createObjectNode().put("event", ORDER_STATUS_CHANGED)
                .put("orderId", orderId).put("status", status.name()).put("at", at.toString());
        send(ORDER_STATUS_CHANGED, message);
    }

    /** The whole change (status, reason, steps written, receipt, placer): desks show it without a read. */
    @Override
    public void orderChanged(OrderChange change) {
        send(ORDER_STATUS_CHANGED, OrderChangeMessage.write(change));
    }

    @Override
    public void stockChanged(String productId, Instant at) {
        send(STOCK_CHANGED, JSON.createObjectNode().put("event", STOCK_CHANGED).put("productId", productId).put("at", at.toString()));
    }

    @Override
    public void settingsChanged(Instant at) {
        send(SETTINGS_CHANGED, JSON.createObjectNode().put("event", SETTINGS_CHANGED).put("at", at.toString()));
    }

    private void send(String event, ObjectNode message) {
        try {
            sqs.sendMessage(r -> r.queueUrl(queueUrl.get()).messageBody(message.toString())
                    .messageAttributes(Map.of("event", MessageAttributeValue.builder().dataType("String").stringValue(event).build())));
        } catch (RuntimeException e) {
            LOG.warn("could not send {} {}: {}", event, message, e.toString());
        }
    }
}
