package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.port.InventoryRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Inventory in a sorted map, reserving with the same per-item rules as the DynamoDB adapter. */
public final class InMemoryInventory implements InventoryRepository {

    private final Map<String, StockLevel> items = new TreeMap<>();

    public static Product product(String id, String sku, String name, long cents) {
        return new Product(id, sku, name, Money.ofCents(cents), 5);
    }

    public synchronized InMemoryInventory with(Product product, long available) {
        items.put(product.productId(), new StockLevel(product, available, Map.of()));
        return this;
    }

    public synchronized StockLevel level(String productId) {
        return items.get(productId);
    }

    @Override
    public synchronized Map<String, Product> findProducts(Collection<String> productIds) {
        Map<String, Product> found = new HashMap<>();
        productIds.forEach(id -> Optional.ofNullable(items.get(id)).ifPresent(l -> found.put(id, l.product())));
        return found;
    }

    @Override
    public synchronized Optional<StockLevel> find(String productId) {
        return Optional.ofNullable(items.get(productId));
    }

    @Override
    public synchronized ReserveOutcome reserve(String productId, String orderId, int quantity) {
        StockLevel level = items.get(productId);
        if (level == null) {
            return new ReserveOutcome.UnknownProduct();
        }
        if (level.isReservedBy(orderId)) {
            return new ReserveOutcome.AlreadyReserved();
        }
        if (!level.canReserve(quantity)) {
            return new ReserveOutcome.Insufficient(level.available());
        }
        Map<String, Long> reservations = new HashMap<>(level.reservations());
        reservations.put(orderId, (long) quantity);
        items.put(productId, new StockLevel(level.product(), level.available() - quantity, reservations));
        return new ReserveOutcome.Reserved();
    }

    @Override
    public synchronized boolean release(String productId, String orderId) {
        StockLevel level = items.get(productId);
        if (level == null || !level.isReservedBy(orderId)) {
            return false;
        }
        Map<String, Long> reservations = new HashMap<>(level.reservations());
        long quantity = reservations.remove(orderId);
        items.put(productId, new StockLevel(level.product(), level.available() + quantity, reservations));
        return true;
    }

    @Override
    public synchronized boolean commit(String productId, String orderId) {
        StockLevel level = items.get(productId);
        if (level == null || !level.isReservedBy(orderId)) {
            return false;
        }
        Map<String, Long> reservations = new HashMap<>(level.reservations());
        reservations.remove(orderId);
        items.put(productId, new StockLevel(level.product(), level.available(), reservations));
        return true;
    }

    @Override
    public synchronized InventorySlice list(InventoryQuery query) {
        List<StockLevel> page = new ArrayList<>();
        String last = null;
        boolean more = false;
        for (StockLevel level : items.values()) {
            if (query.startAfter() != null && level.product().productId().compareTo(query.startAfter()) <= 0) {
                continue;
            }
            if (page.size() == query.limit()) {
                more = true;
                break;
            }
            last = level.product().productId();
            String text = (level.product().sku() + " " + level.product().name()).toLowerCase(Locale.ROOT);
            boolean matches = (query.text() == null || text.contains(query.text().toLowerCase(Locale.ROOT)))
                    && (!query.lowStockOnly() || level.isLowStock());
            if (matches) {
                page.add(level);
            }
        }
        return new InventorySlice(page, more ? last : null);
    }
}
