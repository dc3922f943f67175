package app.orderdesk.desktop.inventory;

import app.orderdesk.api.InventoryItemView;
import java.math.BigDecimal;
import java.util.List;

/** The CSV export of the inventory table: {@code sku,name,price,available,reserved,lowStockThreshold,category}. */
public final class InventoryCsv {

    public static final String HEADER = "sku,name,price,available,reserved,lowStockThreshold,category";

    private InventoryCsv() {}

    public static String export(List<InventoryItemView> items) {
        StringBuilder csv = new StringBuilder(64 * (items.size() + 1)).append(HEADER).append('\n');
        for (InventoryItemView item : items) {
            csv.append(cell(item.sku())).append(',')
                    .append(cell(item.name())).append(',')
                    .append(BigDecimal.valueOf(item.priceCents(), app.orderdesk.desktop.order.Money.fractionDigits()).toPlainString()).append(',')
                    .append(item.available()).append(',')
                    .append(item.reserved()).append(',')
                    .append(item.lowStockThreshold()).append(',')
                    .append(cell(item.category())).append('\n');
        }
        return csv.toString();
    }

    /** RFC 4180 quoting; a leading formula character is defused so spreadsheets show it as text. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
