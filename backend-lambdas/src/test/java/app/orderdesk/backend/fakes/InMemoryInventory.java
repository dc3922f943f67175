package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.ProductCatalog;
import app.orderdesk.backend.port.StockLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Inventory in a sorted map, reserving (and editing products) with the same per-item rules as the DynamoDB adapters. */
public final class InMemoryInventory implements InventoryRepository, StockLedger, ProductCatalog {

    private final Map<String, StockLevel> items = new TreeMap<>();
    private final Map<String, Map<String, StockMovement>> parked = new HashMap<>();
    /** Movements settled per product: as on the DynamoDB item, an applied id is never applied again. */
    private final Map<String, java.util.Set<String>> settled = new HashMap<>();
    private final Map<String, Map<String, Instant>> fences = new HashMap<>();
    /** When the fake writes a fence; tests move it to age fences. */
    public volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    /** Runs once just before the next reservation, to stage a race (e.g. a cancel landing mid-step). */
    public volatile Runnable beforeNextReserve;
    /** When set, the next {@link #settle} fails once, as if the process died right after the count changed. */
    public volatile boolean crashBeforeNextSettle;
    /** Thrown by the next {@link #apply} (an absolute count), then cleared: the stock service failing one row. */
    public volatile RuntimeException nextApplyFailure;

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
    public ReserveOutcome reserve(String productId, String orderId, int quantity) {
        Runnable hook = beforeNextReserve;
        if (hook != null) {
            beforeNextReserve = null;
            hook.run();
        }
        return reserveNow(productId, orderId, quantity);
    }

    private synchronized ReserveOutcome reserveNow(String productId, String orderId, int quantity) {
        StockLevel level = items.get(productId);
        if (level == null) {
            return new ReserveOutcome.UnknownProduct();
        }
        if (fences.getOrDefault(productId, Map.of()).containsKey(orderId)) {
            return new ReserveOutcome.Fenced();
        }
        if (level.isReservedBy(orderId)) {
            return new ReserveOutcome.AlreadyReserved();
        }
        if (!level.canReserve(quantity)) {
            return new ReserveOutcome.Insufficient(level.available(), level.reserved());
        }
        Map<String, Long> reservations = new HashMap<>(level.reservations());
        reservations.put(orderId, (long) quantity);
        items.put(productId, new StockLevel(level.product(), level.available() - quantity, reservations));
        return new ReserveOutcome.Reserved();
    }

    @Override
    public synchronized boolean release(String productId, String orderId) {
        if (!items.containsKey(productId)) {
            return false;
        }
        fences.computeIfAbsent(productId, id -> new HashMap<>()).putIfAbsent(orderId, now);
        return giveBack(productId, orderId);
    }

    @Override
    public synchronized boolean giveBack(String productId, String orderId) {
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
    public synchronized HoldsSlice holds(int limit, String startAfter) {
        List<Holds> page = new ArrayList<>();
        String last = null;
        for (StockLevel level : items.values()) {
            String id = level.product().productId();
            if (startAfter != null && id.compareTo(startAfter) <= 0) {
                continue;
            }
            if (page.size() == limit) {
                return new HoldsSlice(page, last);
            }
            page.add(new Holds(id, level.reservations(), fences.getOrDefault(id, Map.of())));
            last = id;
        }
        return new HoldsSlice(page, null);
    }

    @Override
    public synchronized boolean dropFence(String productId, String orderId, Instant writtenAt) {
        Map<String, Instant> onItem = fences.getOrDefault(productId, new HashMap<>());
        return writtenAt.equals(onItem.get(orderId)) && onItem.remove(orderId) != null;
    }

    public synchronized Map<String, Instant> fences(String productId) {
        return Map.copyOf(fences.getOrDefault(productId, Map.of()));
    }

    /** Puts a reservation straight on the item, as a task whose write landed long ago would have. */
    public synchronized void holdFor(String productId, String orderId, long quantity) {
        StockLevel level = items.get(productId);
        Map<String, Long> reservations = new HashMap<>(level.reservations());
        reservations.put(orderId, quantity);
        items.put(productId, new StockLevel(level.product(), level.available() - quantity, reservations));
    }

    @Override
    public synchronized ApplyOutcome apply(StockMovement movement) {
        RuntimeException failure = nextApplyFailure;
        if (failure != null) {
            nextApplyFailure = null;
            throw failure;
        }
        StockLevel level = items.get(movement.productId());
        if (level == null) {
            return new ApplyOutcome.UnknownProduct();
        }
        Map<String, StockMovement> onItem = parked.computeIfAbsent(movement.productId(), id -> new TreeMap<>());
        if (onItem.containsKey(movement.movementId()) || wasSettled(movement)) {
            return new ApplyOutcome.AlreadyApplied();
        }
        if (level.available() != movement.before()) {
            return new ApplyOutcome.CountChanged();
        }
        items.put(movement.productId(), new StockLevel(level.product(), movement.after(), level.reservations()));
        onItem.put(movement.movementId(), movement);
        return new ApplyOutcome.Applied();
    }

    @Override
    public synchronized DeltaOutcome applyDelta(StockMovement movement) {
        StockLevel level = items.get(movement.productId());
        if (level == null) {
            return new DeltaOutcome.UnknownProduct();
        }
        Map<String, StockMovement> onItem = parked.computeIfAbsent(movement.productId(), id -> new TreeMap<>());
        if (onItem.containsKey(movement.movementId()) || wasSettled(movement)) {
            return new DeltaOutcome.AlreadyApplied();
        }
        if (movement.delta() < 0 && level.available() < -movement.delta()) {
            return new DeltaOutcome.Insufficient(level.available());
        }
        long before = level.available();
        StockMovement applied = new StockMovement(movement.productId(), movement.movementId(), movement.reason(), movement.delta(),
                before, before + movement.delta(), movement.orderId(), movement.actor(), movement.note(), movement.at());
        items.put(movement.productId(), new StockLevel(level.product(), applied.after(), level.reservations()));
        onItem.put(movement.movementId(), applied);
        return new DeltaOutcome.Applied(applied);
    }

    @Override
    public synchronized List<StockMovement> pending(String productId) {
        return List.copyOf(parked.getOrDefault(productId, Map.of()).values());
    }

    @Override
    public synchronized void settle(String productId, String movementId) {
        if (crashBeforeNextSettle) {
            crashBeforeNextSettle = false;
            throw new IllegalStateException("simulated crash before settling " + movementId);
        }
        parked.getOrDefault(productId, new HashMap<>()).remove(movementId);
        settled.computeIfAbsent(productId, id -> new java.util.HashSet<>()).add(movementId);
    }

    private boolean wasSettled(StockMovement movement) {
        return settled.getOrDefault(movement.productId(), java.util.Set.of()).contains(movement.movementId());
    }

    /** Sets the available count directly, as a concurrent order or adjustment would. */
    public synchronized void setAvailable(String productId, long available) {
        StockLevel level = items.get(productId);
        items.put(productId, new StockLevel(level.product(), available, level.reservations()));
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

    // ---------- ProductCatalog (h-x) ----------

    @Override
    public synchronized boolean skuInUse(String sku) {
        return items.values().stream().anyMatch(l -> l.product().sku().equalsIgnoreCase(sku));
    }

    @Override
    public synchronized Optional<StockLevel> create(Product product) {
        if (items.containsKey(product.productId())) {
            return Optional.empty();
        }
        StockLevel level = new StockLevel(versioned(product, 1), 0, Map.of());
        items.put(product.productId(), level);
        return Optional.of(level);
    }

    @Override
    public synchronized EditOutcome edit(Product changed, long expectedVersion) {
        StockLevel level = items.get(changed.productId());
        if (level == null) {
            return new EditOutcome.NotFound();
        }
        if (level.product().version() != expectedVersion) {
            return new EditOutcome.Stale(level.product().version());
        }
        Product was = level.product();
        Product next = new Product(was.productId(), was.sku(), changed.name(), changed.price(), changed.lowStockThreshold(),
                changed.category(), expectedVersion + 1);
        StockLevel edited = new StockLevel(next, level.available(), level.reservations());
        items.put(was.productId(), edited);
        return new EditOutcome.Edited(edited);
    }

    @Override
    public synchronized boolean setCategory(String productId, String category) {
        StockLevel level = items.get(productId);
        if (level == null) {
            return false;
        }
        Product was = level.product();
        items.put(productId, new StockLevel(new Product(was.productId(), was.sku(), was.name(), was.price(), was.lowStockThreshold(),
                category, was.version() + 1), level.available(), level.reservations()));
        return true;
    }

    private static Product versioned(Product p, long version) {
        return new Product(p.productId(), p.sku(), p.name(), p.price(), p.lowStockThreshold(), p.category(), version);
    }
}
