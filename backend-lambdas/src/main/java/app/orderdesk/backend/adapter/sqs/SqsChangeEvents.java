package app.orderdesk.backend.adapter.sqs;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.OrderChangeMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * h-c: the body of one message carrying several changes of one invocation, {@code {"event": "CHANGES",
     * "changes": [<change>, ...]}}, each element one of the bodies above (ADR 0040).
     */
    public static final String CHANGES = "CHANGES";
    /**
     * SQS bills each 64 KiB of a message's payload as one request (and takes up to 256 KiB): the changes of one
     * invocation are packed into messages of at most this many bytes, so each stays one billed request.
     */
    static final int MAX_BODY_BYTES = 60 * 1024;

    private static final Logger LOG = LogManager.getLogger(SqsChangeEvents.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The changes announced on this thread inside {@link #together}, in order (null outside it). */
    private static final ThreadLocal<List<Held>> HELD = new ThreadLocal<>();

    private record Held(SqsChangeEvents sender, String event, ObjectNode body) {}

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

    /**
     * Runs {@code work} (one invocation's use case) holding back the changes it announces on this thread, then
     * sends them together: one message when there is one change, else one {@value #CHANGES} message per
     * {@value #MAX_BODY_BYTES} bytes. A workflow step that moves stock and then the order (ReserveStock,
     * UpdateInventory) so costs one SendMessage, one receive, one delete, one notifier invocation and one read of
     * the subscribers instead of two of each. An order's change is sent as soon as it is announced, with what was
     * held before it (the push of a status is not delayed); what is still held when the work ends is sent then,
     * also when it throws: what was written is announced. Nested calls send with the outermost; announcements outside any call (another thread,
     * a function that does not group) are sent at once, as before.
     */
    public static <T> T together(Supplier<T> work) {
        if (HELD.get() != null) {
            return work.get();
        }
        List<Held> held = new ArrayList<>();
        HELD.set(held);
        try {
            return work.get();
        } finally {
            HELD.remove();
            sendHeld(held);
        }
    }

    /** By queue (the function's repositories each hold an adapter of their own, all for the one queue), in order. */
    private static void sendHeld(List<Held> held) {
        Map<String, List<Held>> byQueue = new LinkedHashMap<>();
        for (Held h : held) {
            String queue;
            try {
                queue = h.sender().queueUrl.get();
            } catch (RuntimeException e) {
                LOG.warn("could not send {} {}: {}", h.event(), h.body(), e.toString());
                continue;
            }
            byQueue.computeIfAbsent(queue, k -> new ArrayList<>()).add(h);
        }
        byQueue.values().forEach(changes -> {
            SqsChangeEvents sender = changes.get(0).sender();
            if (changes.size() == 1) {
                sender.sendNow(changes.get(0).event(), changes.get(0).body());
                return;
            }
            for (ObjectNode message : packed(changes.stream().map(Held::body).toList())) {
                sender.sendNow(CHANGES, message);
            }
        });
    }

    /** The bodies in order, in as few {@value #CHANGES} messages of at most {@value #MAX_BODY_BYTES} bytes as that takes. */
    static List<ObjectNode> packed(List<ObjectNode> bodies) {
        List<ObjectNode> messages = new ArrayList<>();
        ObjectNode current = null;
        int size = 0;
        for (ObjectNode body : bodies) {
            int bytes = body.toString().getBytes(StandardCharsets.UTF_8).length + 1;
            if (current == null || size + bytes > MAX_BODY_BYTES) {
                current = JSON.createObjectNode().put("event", CHANGES);
                current.putArray("changes");
                messages.add(current);
                size = current.toString().getBytes(StandardCharsets.UTF_8).length;
            }
            ((ArrayNode) current.get("changes")).add(body);
            size += bytes;
        }
        return messages;
    }

    private void send(String event, ObjectNode message) {
        List<Held> held = HELD.get();
        if (held == null) {
            sendNow(event, message);
            return;
        }
        held.add(new Held(this, event, message));
        if (ORDER_STATUS_CHANGED.equals(event)) {
            // An order's change is what desks wait for (status -> desk is the push's target): it leaves at once,
            // taking along what the step announced before it (the stock it moved), never waiting for the step's
            // later work (EmailReceipt's outcome count, for one).
            List<Held> now = new ArrayList<>(held);
            held.clear();
            sendHeld(now);
        }
    }

    private void sendNow(String event, ObjectNode message) {
        try {
            sqs.sendMessage(r -> r.queueUrl(queueUrl.get()).messageBody(message.toString())
                    .messageAttributes(Map.of("event", MessageAttributeValue.builder().dataType("String").stringValue(event).build())));
        } catch (RuntimeException e) {
            LOG.warn("could not send {} {}: {}", event, message, e.toString());
        }
    }
}
