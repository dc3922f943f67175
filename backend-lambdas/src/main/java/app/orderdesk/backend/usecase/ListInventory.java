package app.orderdesk.backend.usecase;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.Page;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.InventoryRepository.InventoryQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
        int limit = parseLimit(query.limit(), issues);
        String startAfter = decodeToken(query.nextToken(), issues);
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
        return new Page<>(items, slice.lastKey() == null ? null : encodeToken(slice.lastKey()));
    }

    static InventoryItemView toView(StockLevel level) {
        var p = level.product();
        return new InventoryItemView(p.productId(), p.sku(), p.name(), p.price().cents(), level.available(),
                level.reserved(), p.lowStockThreshold(), level.isLowStock());
    }

    private static int parseLimit(String raw, List<FieldIssue> issues) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below like an out-of-range number
        }
        issues.add(new FieldIssue("limit", "must be a whole number between 1 and " + MAX_LIMIT));
        return DEFAULT_LIMIT;
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

    static String encodeToken(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token, List<FieldIssue> issues) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            if (!key.isEmpty() && key.length() <= 64) {
                return key;
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below
        }
        issues.add(new FieldIssue("nextToken", "is not a token this API handed out"));
        return null;
    }
}
