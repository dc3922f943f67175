package app.orderdesk.desktop.client;

/** Parameters of {@code GET /inventory}; null members are left out of the query string. */
public record InventoryQuery(Integer limit, String nextToken, String q, Boolean lowStock) {

    /** The first page of everything, up to {@code limit} items. */
    public static InventoryQuery firstPage(int limit) {
        return new InventoryQuery(limit, null, null, null);
    }
}
