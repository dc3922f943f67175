package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;

/**
 * What a product is (name, price, category, threshold) as managers create and edit it, on the same
 * item as its stock. Every write is one conditional write: a create never replaces a product, an edit
 * lands only on the version it started from, and neither touches stock or reservations.
 */
public interface ProductCatalog {

    /** The product with its stock, read consistently (an edit starts from it). */
    java.util.Optional<StockLevel> find(String productId);

    /** True when any product has this SKU, compared without case (SKUs are typed by people). */
    boolean skuInUse(String sku);

    /** Writes a new product at version 1 with no stock; empty when its id is already taken. */
    java.util.Optional<StockLevel> create(Product product);

    /**
     * Replaces name, price, category and threshold if the product is still at {@code expectedVersion}
     * (0 = never edited), and moves it to the next version.
     */
    EditOutcome edit(Product changed, long expectedVersion);

    /** Sets only the category (never null: an import row without one leaves it), moving the product to its next version; false when there is no such product. */
    boolean setCategory(String productId, String category);

    /** What an edit did. */
    sealed interface EditOutcome {
        record Edited(StockLevel level) implements EditOutcome {}

        record NotFound() implements EditOutcome {}

        /** Someone else's edit landed first: the product is now at {@code currentVersion}. */
        record Stale(long currentVersion) implements EditOutcome {}
    }
}
