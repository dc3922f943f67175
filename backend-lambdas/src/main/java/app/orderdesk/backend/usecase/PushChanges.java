package app.orderdesk.backend.usecase;

import app.orderdesk.api.LiveUpdate;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.PushChannel;
import app.orderdesk.backend.port.PushConnections;
import app.orderdesk.backend.port.ReceiptStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sends each change only to the desks subscribed to it (ADR 0033): an order's status to
 * the desks following that order or showing every order, and to its placer's desks (ADR 0037), a stock
 * change to those showing stock. The
 * subscriptions of a whole batch are read in one request, keyed by topic (no scan of the connections).
 * A connection that is gone is forgotten with its subscriptions, so the next change skips it.
 *
 * <p>A COMPLETED change whose receipt exists carries a presigned GET URL of the receipt (ADR 0053): the desk that
 * shows the receipt at once downloads it without asking for a link (no API request, no GetReceipt invocation).
 * Presigning is local signing; it is done once per change, only for a COMPLETED change that someone receives,
 * and a failure to presign sends the change without the URL (the desk then asks for the link as before).
 */
public final class PushChanges {

    private final PushConnections connections;
    private final PushChannel channel;
    private final Supplier<ReceiptStore> receipts;
    private final Clock clock;
    private final Duration receiptUrlLifetime;
    private final java.util.function.Consumer<Throwable> presignFailed;
    private ReceiptStore store;

    /** Pushes without receipt links. */
    public PushChanges(PushConnections connections, PushChannel channel) {
        this(connections, channel, null, null, null, e -> { });
    }

    /**
     * {@code receipts} is asked for at the first COMPLETED change that is sent (a function that never pushes one
     * never builds the store); its links last {@code receiptUrlLifetime} (as the receipt route's links do).
     * {@code presignFailed} is told of a link that could not be made (to log it); the change goes without it.
     */
    public PushChanges(PushConnections connections, PushChannel channel, Supplier<ReceiptStore> receipts, Clock clock,
                       Duration receiptUrlLifetime, java.util.function.Consumer<Throwable> presignFailed) {
        this.connections = connections;
        this.channel = channel;
        this.receipts = receipts;
        this.clock = clock;
        this.receiptUrlLifetime = receiptUrlLifetime;
        this.presignFailed = presignFailed;
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
            Set<String> recipients = new LinkedHashSet<>();
            PushTopics.of(change).forEach(topic -> recipients.addAll(subscribers.getOrDefault(topic, Set.of())));
            if (recipients.isEmpty()) {
                continue;
            }
            PushChannel.Message update = toMessage(change);
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

    private PushChannel.Message toMessage(Change change) {
        return switch (change) {
            case OrderStatusChange c when c.change() != null -> orderChanged(c, receiptLink(c));
            case OrderStatusChange c -> new PushChannel.Message(LiveUpdate.ORDER_STATUS, c.orderId(),
                    OrderStatusMapping.toApi(c.status()).name(), null, c.at());
            case StockChange c -> new PushChannel.Message(LiveUpdate.STOCK, null, null, c.productId(), c.at());
            case SettingsChange c -> new PushChannel.Message(LiveUpdate.SETTINGS, null, null, null, c.at());
        };
    }

    private static PushChannel.Message orderChanged(OrderStatusChange c, ReceiptLink link) {
        return new PushChannel.Message(LiveUpdate.ORDER_STATUS, c.orderId(),
                OrderStatusMapping.toApi(c.status()).name(), null, c.at(), c.change().statusReason(), c.change().updatedAt(),
                c.change().steps().stream().map(PushChanges::step).toList(), c.change().receiptAvailable(),
                c.change().statusReasonCode() == null ? null : c.change().statusReasonCode().code(),
                c.change().statusReasonCode() == null ? null : c.change().statusReasonCode().params(),
                link == null ? null : link.url().toString(), link == null ? null : link.expiresAt());
    }

    private record ReceiptLink(URI url, Instant expiresAt) {}

    /**
     * The receipt's presigned GET URL, for a COMPLETED change whose receipt exists (null otherwise, or when
     * presigning fails: the change still goes, and the desk asks for the link). The receipt's key is the one
     * both receipt writers use ({@link GenerateReceipt#receiptKey}).
     */
    private ReceiptLink receiptLink(OrderStatusChange c) {
        if (receipts == null || c.status() != OrderStatus.COMPLETED || !c.change().receiptAvailable()) {
            return null;
        }
        try {
            if (store == null) {
                store = receipts.get();
            }
            Instant expiresAt = clock.instant().plus(receiptUrlLifetime);
            URI url = store.presign(GenerateReceipt.receiptKey(c.orderId()), "receipt-" + c.orderId() + ".pdf", receiptUrlLifetime);
            return new ReceiptLink(url, expiresAt);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a client whose static set-up failed (a missing variable) must not stop the push either
            presignFailed.accept(e);
            return null;
        }
    }
}
