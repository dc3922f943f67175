package app.orderdesk.desktop.order;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.desktop.ui.Messages;
import java.util.List;
import app.orderdesk.pricing.OrderTotals;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The drafted lines: add, change a quantity, remove with undo, the total and the stock warning. */
public final class OrderLinesViewModel {

    static final int MAX_QUANTITY = 9999;

    private final ObservableList<DraftLine> lines = FXCollections.observableArrayList();
    // Stock pushed since a line was added, by product id. Kept beside the lines rather than replacing them: a replaced
    // line lost its place in the table's selection and a quantity being typed into it (PushedStockOnTheLinesScreenTest).
    private final ObservableMap<String, Long> stockNow = FXCollections.observableHashMap();
    // One read-only view, held here: it follows the map through a weak listener, so a view made per call could be
    // collected while a table still listens to it.
    private final ObservableMap<String, Long> stockNowReadOnly = FXCollections.unmodifiableObservableMap(stockNow);
    private final ReadOnlyLongWrapper totalCents = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final StringBinding stockWarning;
    private final ObjectProperty<StoreTax> storeTax = new SimpleObjectProperty<>(StoreTax.NONE);
    private final ObjectBinding<OrderTotals.Totals> totals =
            Bindings.createObjectBinding(() -> storeTax.get().totalsOf(lines), lines, storeTax);
    private DraftLine removed;
    private int removedAt;

    OrderLinesViewModel() {
        totalCents.bind(Bindings.createLongBinding(
                () -> lines.stream().mapToLong(DraftLine::lineTotalCents).sum(), lines));
        stockWarning = Bindings.createStringBinding(() -> {
            List<DraftLine> over = lines.stream().filter(this::exceedsStock).toList();
            if (over.isEmpty()) {
                return "";
            }
            return over.stream().map(l -> Messages.text("order.overStock.line", l.product().sku(), l.quantity(), available(l)))
                    .reduce((a, b) -> a + ", " + b)
                    .map(list -> Messages.text("order.overStock.warning", list))
                    .orElse("");
        }, lines, stockNow);
    }

    /** The line's product in stock: as last pushed, else as read when the line was added. */
    public long available(DraftLine line) {
        return stockNow.getOrDefault(line.product().productId(), line.product().available());
    }

    /** True when the line asks for more than is in stock now. */
    public boolean exceedsStock(DraftLine line) {
        return line.quantity() > available(line);
    }

    /** The stock levels pushed since the lines were added (what {@link #available} answers from), to follow. */
    public ObservableMap<String, Long> stockNow() {
        return stockNowReadOnly;
    }

    /** Adds {@code qty} of {@code product}; a product already on the order gets its quantity increased. */
    void add(InventoryItemView product, int qty) {
        forgetUndo();
        stockNow.remove(product.productId()); // just read with the product
        for (int i = 0; i < lines.size(); i++) {
            DraftLine line = lines.get(i);
            if (line.product().productId().equals(product.productId())) {
                lines.set(i, new DraftLine(product, Math.min(MAX_QUANTITY, line.quantity() + qty)));
                return;
            }
        }
        lines.add(new DraftLine(product, qty));
    }

    /** Shows the stock of {@code product} as read now on the line that has it, if any. */
    void update(InventoryItemView product) {
        if (has(product.productId())) {
            stockNow.put(product.productId(), product.available());
        }
    }

    /** True when a line has the product. */
    boolean has(String productId) {
        return lines.stream().anyMatch(line -> line.product().productId().equals(productId));
    }

    /** Changes a line's quantity (edited in the table); 0 removes it, with undo. */
    void setQuantity(DraftLine line, int qty) {
        int index = lines.indexOf(line);
        if (index < 0) {
            return;
        }
        if (qty <= 0) {
            remove(line);
            return;
        }
        lines.set(index, new DraftLine(line.product(), Math.min(MAX_QUANTITY, qty)));
    }

    /** Removes a line; {@link #undo()} puts it back where it was. */
    void remove(DraftLine line) {
        int index = lines.indexOf(line);
        if (index < 0) {
            return;
        }
        lines.remove(index);
        removed = line;
        removedAt = index;
        undoText.set(Messages.text("order.lines.removed", line.productLabel(), line.quantity()));
    }

    /** Puts the last removed line back; nothing to undo does nothing. */
    public void undo() {
        if (removed == null) {
            return;
        }
        lines.add(Math.min(removedAt, lines.size()), removed);
        forgetUndo();
    }

    void clear() {
        lines.clear();
        stockNow.clear();
        forgetUndo();
    }

    void setAll(List<DraftLine> copy) {
        lines.setAll(copy);
        forgetUndo();
    }

    private void forgetUndo() {
        removed = null;
        undoText.set("");
    }

    public ObservableList<DraftLine> lines() {
        return lines;
    }

    public ReadOnlyLongProperty totalCentsProperty() {
        return totalCents.getReadOnlyProperty();
    }

    /** Subtotal, tax by rate and total as the server will price them (its rule, the store's rates). */
    public ObjectBinding<OrderTotals.Totals> totalsBinding() {
        return totals;
    }

    /** The store's rates, when its settings arrive or a manager saves new ones; the figures follow. */
    public void useStoreTax(StoreTax tax) {
        storeTax.set(tax == null ? StoreTax.NONE : tax);
    }

    /** "Removed … " while a removal can be undone (Ctrl+Z), else empty. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** Which lines ask for more than is available, in words; empty when none. */
    public StringBinding stockWarningBinding() {
        return stockWarning;
    }
}
