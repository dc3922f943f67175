package app.orderdesk.desktop.order;

import app.orderdesk.api.InventoryItemView;

/** One line of an order being drafted; prices are only shown, the server prices the order. */
public record DraftLine(InventoryItemView product, int quantity) {

    public long unitPriceCents() {
        return product.priceCents();
    }

    public long lineTotalCents() {
        return product.priceCents() * quantity;
    }

    public String productLabel() {
        return product.sku() + " — " + product.name();
    }
}
