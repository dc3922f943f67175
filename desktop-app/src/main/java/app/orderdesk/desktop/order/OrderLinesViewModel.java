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

/** The drafted lines: add, change a quantity, remove with undo, the total and the stock warning. */
public final class OrderLinesViewModel {

    static final int MAX_QUANTITY = 9999;

    private final ObservableList<DraftLine> lines = FXCollections.observableArrayList();
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
            List<DraftLine> over = lines.stream().filter(DraftLine::exceedsStock).toList();
            if (over.isEmpty()) {
                return "";
            }
            return over.stream().map(l -> Messages.text("order.overStock.line", l.product().sku(), l.quantity(), l.product().available()))
                    .reduce((a, b) -> a + ", " + b)
                    .map(list -> Messages.text("order.overStock.warning", list))
                    .orElse("");
        }, lines);
    }

    /** Adds {@code qty} of {@code product}; a product already on the order gets its quantity increased. */
    void add(InventoryItemView product, int qty) {
        forgetUndo();
        for (int i = 0; i < lines.size(); i++) {
            DraftLine line = lines.get(i);
            if (line.product().productId().equals(product.productId())) {
                lines.set(i, new DraftLine(product, Math.min(MAX_QUANTITY, line.quantity() + qty)));
                return;
            }
        }
        lines.add(new DraftLine(product, qty));
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
