package app.orderdesk.desktop.inventory;

import app.orderdesk.api.InventoryItemView;
import java.util.Locale;

/**
 * A product as the inventory table holds it, with its filter key lower-cased once, so typing in
 * the filter over tens of thousands of rows is a plain {@code contains} per row.
 */
public record InventoryRow(InventoryItemView item, String key) {

    public static InventoryRow of(InventoryItemView item) {
        return new InventoryRow(item, (item.sku() + " " + item.name()).toLowerCase(Locale.ROOT));
    }

    /** The same product with a new available count (after an adjustment). */
    public InventoryRow withAvailable(long available) {
        InventoryItemView i = item;
        return of(new InventoryItemView(i.productId(), i.sku(), i.name(), i.priceCents(), available, i.reserved(),
                i.lowStockThreshold(), available <= i.lowStockThreshold()));
    }
}
