package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.StalledOrders;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The in-memory orders' never-started and left-in-flight ones, with the DynamoDB adapter's filters. */
public final class InMemoryStalledOrders implements StalledOrders {

    private final InMemoryOrderRepository orders;
    private final InMemoryRetryHolds holds;

    public InMemoryStalledOrders(InMemoryOrderRepository orders, InMemoryRetryHolds holds) {
        this.orders = orders;
        this.holds = holds;
    }

    @Override
    public List<String> neverStarted(Instant placedBefore, int limit) {
        return orders.orders.values().stream()
                .filter(o -> o.status() == OrderStatus.RECEIVED && o.acceptedAt() == null && o.createdAt().isBefore(placedBefore))
                .filter(o -> holds.find(o.orderId()).map(h -> !h.held()).orElse(true))
                .sorted(Comparator.comparing(Order::createdAt))
                .limit(limit)
                .map(Order::orderId)
                .toList();
    }

    @Override
    public List<InFlight> inFlight(Instant lastWrittenBefore, int limit) {
        return orders.orders.values().stream()
                .filter(o -> IN_FLIGHT.contains(o.status()) && (o.status() != OrderStatus.RECEIVED || o.acceptedAt() != null))
                .filter(o -> o.updatedAt().isBefore(lastWrittenBefore) && o.statusReason() == null)
                .filter(o -> holds.find(o.orderId()).map(h -> !h.held()).orElse(true))
                .sorted(Comparator.comparing((Order o) -> o.status()).thenComparing(Order::createdAt))
                .limit(limit)
                .map(o -> new InFlight(o.orderId(), o.status(), o.updatedAt()))
                .toList();
    }
}
