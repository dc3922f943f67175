package app.orderdesk.backend.usecase;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.Page;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.InventoryRepository.InventoryQuery;
import java.util.ArrayList;
import java.util.List;

/** GET /inventory: a page of products with stock, filtered by text and/or low stock; the page token is opaque. */
public final class ListInventory {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final int MAX_TEXT = 100;

    private final InventoryRepository inventory;

    public ListInventory(InventoryRepository inventory) {
        this.inventory = inventory;
    }

    /** Query parameters exactly as they arrived (each may be null). */
    public record Query(String limit, String nextToken, String q, String lowStock) {}

    public Page<InventoryItemView> execute(Query query) {
        List<FieldIssue> issues = new ArrayList<>();
        int limit = Paging.limit(query.limit(), DEFAULT_LIMIT, MAX_LIMIT, issues);
        String startAfter = Paging.decode(query.nextToken(), issues);
        boolean lowStock = parseBoolean(query.lowStock(), issues);
        if (query.q() != null && query.q().length() > MAX_TEXT) {
            issues.add(new FieldIssue("q", "must be at most " + MAX_TEXT + " characters"));
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        String text = query.q() == null || query.q().isBlank() ? null : query.q().trim();
        var slice = inventory.list(new InventoryQuery(limit, startAfter, text, lowStock));
        var items = slice.items().stream().map(ListInventory::toView).toList();
        return new Page<>(items, Paging.encode(slice.lastKey()));
    }

    static InventoryItemView toView(StockLevel level) {
        var p = level.product();
        return new InventoryItemView(p.productId(), p.sku(), p.name(), p.price().cents(), level.available(),
                level.reserved(), p.lowStockThreshold(), level.isLowStock(), p.category(), p.version());
    }

    private static boolean parseBoolean(String raw, List<FieldIssue> issues) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        issues.add(new FieldIssue("lowStock", "must be true or false"));
        return false;
    }
}
