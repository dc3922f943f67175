package app.orderdesk.desktop.order;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.desktop.ui.Messages;

/** How a product reads in the picker: "SKU — name — price — available". */
public final class ProductLabels {

    private ProductLabels() {}

    public static String pickerLabel(InventoryItemView item) {
        if (item == null) {
            return "";
        }
        String stock = item.available() > 0 ? Messages.text("order.picker.available", item.available()) : Messages.text("order.picker.outOfStock");
        return item.sku() + " — " + item.name() + " — " + Money.format(item.priceCents()) + " — " + stock;
    }
}
