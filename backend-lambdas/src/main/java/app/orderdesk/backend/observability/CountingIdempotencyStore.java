package app.orderdesk.backend.observability;

import app.orderdesk.backend.port.IdempotencyStore;
import java.util.Optional;

/**
 * Counts {@link OrderMetric#ORDERS_PLACED} where an order is accepted exactly once: the first claim
 * of its Idempotency-Key. A retried or double-clicked request finds the claim and is not counted.
 */
public final class CountingIdempotencyStore implements IdempotencyStore {

    private final IdempotencyStore store;

    public CountingIdempotencyStore(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record) {
        Optional<IdempotencyRecord> existing = store.putIfAbsent(record);
        if (existing.isEmpty()) {
            Telemetry.current().ifPresent(call -> call.order(record.orderId()).count(OrderMetric.ORDERS_PLACED));
        }
        return existing;
    }

    @Override
    public void release(IdempotencyRecord record) {
        store.release(record);
    }

    @Override
    public Optional<IdempotencyRecord> find(String key) {
        return store.find(key);
    }
}
