package app.orderdesk.backend.usecase;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.ProductRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.ProductCatalog;
import app.orderdesk.backend.port.ProductCatalog.EditOutcome;
import app.orderdesk.backend.port.StoreSettingsRepository;
import app.orderdesk.pricing.OrderTotals;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * POST /inventory and PUT /inventory/{id} (managers): a new product, or a product's name, price,
 * category and low-stock threshold. Every field is checked first (nothing is written when one is wrong);
 * the category must be one the store's settings give a rate. An edit names the version it started from
 * and is refused (409) if another edit landed since. Each saved product is announced like a stock change,
 * so other desks' inventory views re-read it.
 */
public final class SaveProduct {

    static final int MAX_NAME = 120;
    static final long MAX_PRICE_CENTS = 100_000_000L;
    static final long MAX_THRESHOLD = 1_000_000_000L;
    static final String SKU_RULE = "must be 1 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit";
    private static final Pattern SKU = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$");
    /** New products' ids follow their SKU, so two concurrent creates of one SKU meet on the same item. */
    static final String ID_PREFIX = "sku-";

    private final ProductCatalog catalog;
    private final StoreSettingsRepository settings;
    private final ChangeEvents events;
    private final Clock clock;

    public SaveProduct(ProductCatalog catalog, StoreSettingsRepository settings, ChangeEvents events, Clock clock) {
        this.catalog = catalog;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public InventoryItemView create(ProductRequest request) {
        if (request == null) {
            throw new ValidationFailedException("body", "is required");
        }
        List<FieldIssue> issues = new ArrayList<>();
        String sku = request.sku() == null ? "" : request.sku().strip();
        if (!SKU.matcher(sku).matches()) {
            issues.add(new FieldIssue("sku", sku.isEmpty() ? "is required" : SKU_RULE));
        }
        StoreSettings store = settings.current();
        Fields fields = check(request, store, issues);
        if (request.expectedVersion() != null) {
            issues.add(new FieldIssue("expectedVersion", "is only for an edit (PUT /inventory/{id})"));
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        if (catalog.skuInUse(sku)) {
            throw duplicate(sku);
        }
        Product product = new Product(ID_PREFIX + sku.toLowerCase(Locale.ROOT), sku, fields.name(),
                Money.ofCents(fields.priceCents(), store.currency()), fields.threshold() == null ? 0 : fields.threshold(),
                fields.category());
        StockLevel created = catalog.create(product).orElseThrow(() -> duplicate(sku));
        events.stockChanged(product.productId(), clock.instant());
        return ListInventory.toView(created);
    }

    public InventoryItemView edit(String productId, ProductRequest request) {
        if (request == null) {
            throw new ValidationFailedException("body", "is required");
        }
        List<FieldIssue> issues = new ArrayList<>();
        Fields fields = check(request, settings.current(), issues);
        if (request.sku() != null) {
            issues.add(new FieldIssue("sku", "is set when the product is created and cannot change"));
        }
        if (request.expectedVersion() == null || request.expectedVersion() < 0) {
            issues.add(new FieldIssue("expectedVersion", "is required: the version the edit started from (0 if never edited)"));
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        StockLevel current = (productId == null || productId.length() > 64 ? java.util.Optional.<StockLevel>empty() : catalog.find(productId))
                .orElseThrow(() -> notFound(productId));
        Product was = current.product();
        long expected = request.expectedVersion();
        if (was.version() != expected) {
            throw stale(was.version());
        }
        Product changed = new Product(was.productId(), was.sku(), fields.name(), Money.ofCents(fields.priceCents(), was.price().currency()),
                fields.threshold() == null ? was.lowStockThreshold() : fields.threshold(), fields.category(), expected);
        return switch (catalog.edit(changed, expected)) {
            case EditOutcome.Edited edited -> {
                events.stockChanged(productId, clock.instant());
                yield ListInventory.toView(edited.level());
            }
            case EditOutcome.Stale s -> throw stale(s.currentVersion());
            case EditOutcome.NotFound n -> throw notFound(productId);
        };
    }

    private record Fields(String name, long priceCents, String category, Long threshold) {}

    /** The fields a create and an edit share; issues are added, never thrown, so one answer names them all. */
    private static Fields check(ProductRequest request, StoreSettings store, List<FieldIssue> issues) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            issues.add(new FieldIssue("name", "is required"));
        } else if (name.length() > MAX_NAME) {
            issues.add(new FieldIssue("name", "must be at most " + MAX_NAME + " characters"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            issues.add(new FieldIssue("name", PlaceOrderValidator.CONTROL_CHARACTERS));
        }
        Long price = request.priceCents();
        if (price == null) {
            issues.add(new FieldIssue("priceCents", "is required (the price with tax, in cents)"));
        } else if (price < 0) {
            issues.add(new FieldIssue("priceCents", "must not be negative"));
        } else if (price > MAX_PRICE_CENTS) {
            issues.add(new FieldIssue("priceCents", "must be at most " + MAX_PRICE_CENTS));
        }
        String category = OrderTotals.normalCategory(request.category());
        if (category != null && !store.categoryTaxRates().containsKey(category)) {
            issues.add(new FieldIssue("category", unknownCategory(store)));
        }
        Long threshold = request.lowStockThreshold();
        if (threshold != null && (threshold < 0 || threshold > MAX_THRESHOLD)) {
            issues.add(new FieldIssue("lowStockThreshold", "must be a whole number between 0 and " + MAX_THRESHOLD));
        }
        return new Fields(name, price == null ? 0 : price, category, threshold);
    }

    /** The words for a category the store has no rate for (also the import's row error). */
    static String unknownCategory(StoreSettings store) {
        var known = new TreeSet<>(store.categoryTaxRates().keySet());
        return known.isEmpty() ? "is not one of the store's categories (the store settings define none yet)"
                : "is not one of the store's categories: " + String.join(", ", known);
    }

    private static ConflictException duplicate(String sku) {
        return new ConflictException("DUPLICATE_SKU", "sku", "A product with SKU " + sku + " already exists.");
    }

    private static ConflictException stale(long currentVersion) {
        return new ConflictException("VERSION_CONFLICT", "expectedVersion",
                "Someone else changed this product (now version " + currentVersion + "); reload it and edit again.");
    }

    private static NotFoundException notFound(String productId) {
        return new NotFoundException("NOT_FOUND", "No product with id " + productId);
    }
}
