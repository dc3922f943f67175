package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
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

    /** Gives the order's reservation back to {@code available}; false when there was none (already released). */
    boolean release(String productId, String orderId);

    /** Drops the order's reservation without giving it back (the sale is final); false when already committed. */
    boolean commit(String productId, String orderId);

    /** One page of products in table order, optionally filtered; {@code startAfter} is the last id the previous page read. */
    InventorySlice list(InventoryQuery query);

    /** What happened to one reservation attempt. */
    sealed interface ReserveOutcome {
        record Reserved() implements ReserveOutcome {}

        record AlreadyReserved() implements ReserveOutcome {}

        record Insufficient(long available) implements ReserveOutcome {}

        record UnknownProduct() implements ReserveOutcome {}
    }

    /** A listing request: up to {@code limit} items after {@code startAfter} (null for the first page). */
    record InventoryQuery(int limit, String startAfter, String text, boolean lowStockOnly) {}

    /** A listing page; {@code lastKey} is null when there is nothing more. */
    record InventorySlice(List<StockLevel> items, String lastKey) {}
}
