package app.orderdesk.api;

/** A product's stock as the API shows it; {@code lowStock} is true at or below its threshold. */
public record InventoryItemView(
        String productId,
        String sku,
        String name,
        long priceCents,
        long available,
        long reserved,
        long lowStockThreshold,
        boolean lowStock) {}
