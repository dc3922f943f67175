package app.orderdesk.backend.usecase;

import app.orderdesk.api.LiveUpdate;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.PushChannel;
import app.orderdesk.backend.port.PushConnections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends each change only to the desks subscribed to it (ADR 0033): an order's status to
 * the desks following that order or showing every order, and to its placer's desks (ADR 0037), a stock
 * change to those showing stock. The
 * subscriptions of a whole batch are read in one request, keyed by topic (no scan of the connections).
 * A connection that is gone is forgotten with its subscriptions, so the next change skips it.
 */
public final class PushChanges {

    private final PushConnections connections;
    private final PushChannel channel;

    public PushChanges(PushConnections connections, PushChannel channel) {
        this.connections = connections;
        this.channel = channel;
    }

    /** A change announced on the order events topic. */
    public sealed interface Change permits OrderStatusChange, StockChange, SettingsChange {}

    /**
     * An order's change; {@code change} holds what desks show (reason, steps, receipt, placer), null for a
     * bare status (a writer that announces only the status: the desk then reads the order).
     */
    public record OrderStatusChange(String orderId, OrderStatus status, Instant at, OrderChange change) implements Change {

        public OrderStatusChange(String orderId, OrderStatus status, Instant at) {
            this(orderId, status, at, null);
        }

        public static OrderStatusChange of(OrderChange change) {
            return new OrderStatusChange(change.orderId(), change.status(), change.updatedAt(), change);
        }

        /** The user whose desks follow this order without subscribing to it (null: not known). */
        public String placedBy() {
            return change == null ? null : change.placedBy();
        }
    }

    public record StockChange(String productId, Instant at) implements Change {}

    /** h-x: the store settings were saved. */
    public record SettingsChange(Instant at) implements Change {}

    /** Returns how many messages were delivered. */
    public int execute(List<Change> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        Set<String> topics = new LinkedHashSet<>();
        changes.forEach(change -> topics.addAll(PushTopics.of(change)));
        Map<String, Set<String>> subscribers = connections.subscribers(topics);
        // Per connection, its updates in the batch's order (a desk on an order and on "orders" gets it once).
        Map<String, List<PushChannel.Message>> outbox = new LinkedHashMap<>();
        for (Change change : changes) {
            PushChannel.Message update = toMessage(change);
            Set<String> recipients = new LinkedHashSet<>();
            PushTopics.of(change).forEach(topic -> recipients.addAll(subscribers.getOrDefault(topic, Set.of())));
            recipients.forEach(id -> outbox.computeIfAbsent(id, k -> new ArrayList<>()).add(update));
        }
        int delivered = 0;
        for (Map.Entry<String, List<PushChannel.Message>> entry : outbox.entrySet()) {
            for (PushChannel.Message update : entry.getValue()) {
                if (!channel.send(entry.getKey(), update)) {
                    connections.close(entry.getKey());
                    break;
                }
                delivered++;
            }
        }
        return delivered;
    }

    /** The same form the timeline route shows, so a pushed step equals the one a later read returns. */
    private static PushChannel.Step step(WorkflowStep workflowStep) {
        var view = GetTimeline.toView(workflowStep);
        return new PushChannel.Step(view.name(), view.status(), view.startedAt(), view.endedAt(), view.durationMs(),
                view.attempts(), view.error(), view.cause(), view.causeCode(), view.causeParams());
    }

    private static PushChannel.Message toMessage(Change change) {
        return switch (change) {
            case OrderStatusChange c when c.change() != null -> new PushChannel.Message(LiveUpdate.ORDER_STATUS, c.orderId(),
                    OrderStatusMapping.toApi(c.status()).name(), null, c.at(), c.change().statusReason(), c.change().updatedAt(),
                    c.change().steps().stream().map(PushChanges::step).toList(), c.change().receiptAvailable(),
                    c.change().statusReasonCode() == null ? null : c.change().statusReasonCode().code(),
                    c.change().statusReasonCode() == null ? null : c.change().statusReasonCode().params());
            case OrderStatusChange c -> new PushChannel.Message(LiveUpdate.ORDER_STATUS, c.orderId(),
                    OrderStatusMapping.toApi(c.status()).name(), null, c.at());
            case StockChange c -> new PushChannel.Message(LiveUpdate.STOCK, null, null, c.productId(), c.at());
            case SettingsChange c -> new PushChannel.Message(LiveUpdate.SETTINGS, null, null, null, c.at());
        };
    }
}
