package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.OrderStatus;
import java.time.Instant;

/** Announces a change that desks should see at once (pushed by the function that wrote it: ADR 0052). */
public interface ChangeEvents {

    void orderStatusChanged(String orderId, OrderStatus status, Instant at);

    /**
     * A write to an order that desks show: by default announced as a bare status (a transport that
     * carries the whole change overrides this, so desks need not read the order again).
     */
    default void orderChanged(OrderChange change) {
        orderStatusChanged(change.orderId(), change.status(), change.updatedAt());
    }

    void stockChanged(String productId, Instant at);

    /** h-x: the store settings were saved; every signed-in desk reloads them (its order form's tax rates). */
    void settingsChanged(Instant at);

    /** For functions that change nothing desks follow, and for tests. */
    static ChangeEvents none() {
        return new ChangeEvents() {
            @Override public void orderStatusChanged(String orderId, OrderStatus status, Instant at) {}
            @Override public void stockChanged(String productId, Instant at) {}
            @Override public void settingsChanged(Instant at) {}
        };
    }
}
