package app.orderdesk.backend.usecase;

import app.orderdesk.api.LiveUpdate;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.PushChannel;
import app.orderdesk.backend.port.PushConnections;
import java.time.Instant;
import java.util.List;

/**
 * Sends each change to every connected desk (every role may read every order and product, and a store
 * has a handful of desks). A connection that is gone is forgotten, so the next change skips it.
 */
public final class PushChanges {

    private final PushConnections connections;
    private final PushChannel channel;

    public PushChanges(PushConnections connections, PushChannel channel) {
        this.connections = connections;
        this.channel = channel;
    }

    /** A change announced on the order events topic. */
    public sealed interface Change permits OrderStatusChange, StockChange {}

    public record OrderStatusChange(String orderId, OrderStatus status, Instant at) implements Change {}

    public record StockChange(String productId, Instant at) implements Change {}

    /** Returns how many messages were delivered. */
    public int execute(List<Change> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        List<PushChannel.Message> updates = changes.stream().map(PushChanges::toMessage).toList();
        int delivered = 0;
        for (PushConnections.Connection connection : connections.all()) {
            for (PushChannel.Message update : updates) {
                if (!channel.send(connection.connectionId(), update)) {
                    connections.close(connection.connectionId());
                    break;
                }
                delivered++;
            }
        }
        return delivered;
    }

    private static PushChannel.Message toMessage(Change change) {
        return switch (change) {
            case OrderStatusChange c -> new PushChannel.Message(LiveUpdate.ORDER_STATUS, c.orderId(),
                    OrderStatusMapping.toApi(c.status()).name(), null, c.at());
            case StockChange c -> new PushChannel.Message(LiveUpdate.STOCK, null, null, c.productId(), c.at());
        };
    }
}
