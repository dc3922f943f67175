package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StoreSettings;
import java.util.Collection;
import java.util.Map;

/**
 * What an order is priced from: the products it names and the store's settings (their tax rates), read
 * together: in DynamoDB one BatchGetItem over both tables, so recording each line's rate at placement
 * costs no extra round trip.
 */
public interface PriceList {

    /** {@code products} by id (unknown ids absent); {@code store} the saved settings or the defaults. */
    record Prices(Map<String, Product> products, StoreSettings store) {}

    Prices read(Collection<String> productIds);

    /** From the two ports, one read each (fakes, and callers that have no settings table). */
    static PriceList of(InventoryRepository inventory, StoreSettingsRepository settings) {
        return ids -> new Prices(inventory.findProducts(ids), settings.current());
    }
}
