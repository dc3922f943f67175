package app.orderdesk.backend.entrypoint.push;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.OrderChangeMessage;
import app.orderdesk.backend.usecase.PushChanges;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fed by the push-events queue (subscribed to the order events topic, raw delivery): each SQS record's
 * body is one published event ({@link OrderChangeMessage} for an order's change). Status and stock changes go to
 * the desks subscribed to them; other events (the
 * workflow's ORDER_PAID) and unreadable bodies are dropped — retrying cannot make them readable. If
 * sending fails, the whole batch is reported failed so the queue delivers it again (then its dead-letter
 * queue); desks drop a repeat by its {@code at}.
 */
public final class PushNotifierTask implements RequestStreamHandler {

    /** The body of a message that carries several changes (the senders' {@code SqsChangeEvents.CHANGES}). */
    static final String CHANGES = "CHANGES";

    private final PushChanges useCase;

    public PushNotifierTask() {
        this(Production.pushChanges());
    }

    public PushNotifierTask(PushChanges useCase) {
        this.useCase = useCase;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = WebSocketEvents.read(input);
        List<PushChanges.Change> changes = new ArrayList<>();
        List<String> messageIds = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            messageIds.add(record.path("messageId").asText());
            changes.addAll(parseAll(record.path("body").asText("")));
        }
        ObjectNode answer = WebSocketEvents.JSON.createObjectNode();
        ArrayNode failures = answer.putArray("batchItemFailures");
        try {
            useCase.execute(changes);
        } catch (RuntimeException e) {
            if (context != null && context.getLogger() != null) {
                context.getLogger().log("push failed, batch returned to the queue: " + e);
            }
            messageIds.forEach(id -> failures.addObject().put("itemIdentifier", id));
        }
        output.write(WebSocketEvents.JSON.writeValueAsBytes(answer));
    }

    /**
     * h-c: a body is one change, or {@code {"event": "CHANGES", "changes": [...]}} — the changes one function
     * invocation announced, sent as one message (ADR 0040); each element reads as a body of its own.
     */
    static List<PushChanges.Change> parseAll(String body) {
        JsonNode message;
        try {
            message = WebSocketEvents.JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (message == null) {
            return List.of();
        }
        if (!CHANGES.equals(message.path("event").asText())) {
            return parse(message).stream().toList();
        }
        List<PushChanges.Change> changes = new ArrayList<>();
        for (JsonNode change : message.path("changes")) {
            parse(change).ifPresent(changes::add);
        }
        return changes;
    }

    static Optional<PushChanges.Change> parse(String body) {
        try {
            return parse(WebSocketEvents.JSON.readTree(body));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<PushChanges.Change> parse(JsonNode message) {
        try {
            Optional<OrderChange> whole = OrderChangeMessage.read(message);
            if (whole.isPresent()) {
                return Optional.of(PushChanges.OrderStatusChange.of(whole.get()));
            }
            Instant at = Instant.parse(message.path("at").asText());
            return switch (message.path("event").asText()) {
                case "ORDER_STATUS_CHANGED" -> Optional.of(new PushChanges.OrderStatusChange(
                        message.path("orderId").asText(), OrderStatus.valueOf(message.path("status").asText()), at));
                case "STOCK_CHANGED" -> Optional.of(new PushChanges.StockChange(message.path("productId").asText(), at));
                case "SETTINGS_CHANGED" -> Optional.of(new PushChanges.SettingsChange(at));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
