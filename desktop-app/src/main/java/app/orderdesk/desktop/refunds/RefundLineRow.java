package app.orderdesk.desktop.refunds;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * One order line in the Refund dialog: what was sold and already refunded, how many units to refund
 * now (0 … what is left) and whether they go back to stock.
 */
public final class RefundLineRow {

    private final String sku;
    private final String name;
    private final int sold;
    private final int alreadyRefunded;
    private final long unitPriceCents;
    private final IntegerProperty quantity = new SimpleIntegerProperty(0);
    private final BooleanProperty restock = new SimpleBooleanProperty(true);

    RefundLineRow(String sku, String name, int sold, int alreadyRefunded, long unitPriceCents) {
        this.sku = sku;
        this.name = name;
        this.sold = sold;
        this.alreadyRefunded = alreadyRefunded;
        this.unitPriceCents = unitPriceCents;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public int sold() {
        return sold;
    }

    public int alreadyRefunded() {
        return alreadyRefunded;
    }

    /** Units that can still be refunded. */
    public int refundable() {
        return sold - alreadyRefunded;
    }

    public long unitPriceCents() {
        return unitPriceCents;
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    public BooleanProperty restockProperty() {
        return restock;
    }
}
