package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stock per product. Reservations are recorded on the product's own item under the order id, so
 * reserving, releasing and committing are each atomic and idempotent per item without transactions.
 */
public interface InventoryRepository {

    /** The products that exist among {@code productIds}, keyed by id; unknown ids are simply absent. */
    Map<String, Product> findProducts(Collection<String> productIds);

    Optional<StockLevel> find(String productId);

    /** Takes {@code quantity} out of {@code available} for the order, once; never goes negative. */
    ReserveOutcome reserve(String productId, String orderId, int quantity);

    /**
     * Ends the order's claim on this product for good: first leaves a fence (a tombstone with the time
     * it was written) that every later {@link #reserve} for this order respects, then gives the
     * order's reservation back to {@code available}. So a reservation whose write lands late (its task
     * timed out and the compensation already ran) fails its condition and changes nothing. Returns
     * false when there was no reservation to give back (already released, or never made).
     */
    boolean release(String productId, String orderId);

    /**
     * Gives the order's reservation back WITHOUT a fence: only for the reserving task itself, which
     * rejects its own order (no late write of its own can follow, and rejections are frequent, so
     * they must not grow the item). False when there was none.
     */
    boolean giveBack(String productId, String orderId);

    /** Drops the order's reservation without giving it back (the sale is final); false when already committed. */
    boolean commit(String productId, String orderId);

    /** One page of every product's reservations and fences, in table order; for the reconciler. */
    HoldsSlice holds(int limit, String startAfter);

    /** Removes the order's fence if it is still the one written at {@code writtenAt}; false when gone or rewritten. */
    boolean dropFence(String productId, String orderId, Instant writtenAt);

    /** One page of products in table order, optionally filtered; {@code startAfter} is the last id the previous page read. */
    InventorySlice list(InventoryQuery query);

    /** What happened to one reservation attempt. */
    sealed interface ReserveOutcome {
        record Reserved() implements ReserveOutcome {}

        record AlreadyReserved() implements ReserveOutcome {}

        /**
         * Short: {@code available} is less than asked; {@code heldByOthers} is what other in-flight
         * orders hold on the item, which may still come back if they release.
         */
        record Insufficient(long available, long heldByOthers) implements ReserveOutcome {
            public Insufficient(long available) {
                this(available, 0);
            }
        }

        /** The order's claim was released for good (it ended): a late reservation is refused. */
        record Fenced() implements ReserveOutcome {}

        record UnknownProduct() implements ReserveOutcome {}
    }

    /** What one product holds for orders: reservations (order → quantity) and fences (order → when released). */
    record Holds(String productId, Map<String, Long> reservations, Map<String, Instant> fences) {
        public Holds {
            reservations = Map.copyOf(reservations);
            fences = Map.copyOf(fences);
        }
    }

    /** A page of holds; {@code lastKey} is null when there is nothing more. */
    record HoldsSlice(List<Holds> items, String lastKey) {
        public HoldsSlice {
            items = List.copyOf(items);
        }
    }

    /** A listing request: up to {@code limit} items after {@code startAfter} (null for the first page). */
    record InventoryQuery(int limit, String startAfter, String text, boolean lowStockOnly) {}

    /** A listing page; {@code lastKey} is null when there is nothing more. */
    record InventorySlice(List<StockLevel> items, String lastKey) {}
}
