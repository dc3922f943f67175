package app.orderdesk.desktop.orders;

import app.orderdesk.desktop.order.StoreDates;
import java.time.LocalDate;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date field that shows and reads dates as the store writes them ({@link StoreDates#typedDay}), not as this PC's
 * locale would: on a US PC a German store's agent typed "30.11.2026", which JavaFX's default converter (the PC's
 * locale) could not read, while the orders beside it said 29.11.2026 (session 32's audit). Text that is no date
 * puts the field back to the date it had, so a search never runs on a date the person did not see.
 */
final class StoreDateField {

    private StoreDateField() {}

    static DatePicker create(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : StoreDates.typedDay().format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                LocalDate typed = StoreDates.parseTypedDay(text);
                if (typed == null) {
                    // Not a date: the field shows the date it keeps (the value does not change, so JavaFX would not).
                    picker.getEditor().setText(toString(picker.getValue()));
                    return picker.getValue();
                }
                return typed;
            }
        });
        // JavaFX's calendar marks this PC's today; the store's is the one a search means (a support agent abroad).
        picker.setDayCellFactory(calendar -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                getStyleClass().remove(TODAY);
                if (!empty && day != null && day.equals(LocalDate.now(StoreDates.zone()))) {
                    getStyleClass().add(TODAY);
                }
            }
        });
        return picker;
    }

    /** The style class JavaFX's calendar gives today's cell. */
    static final String TODAY = "today";
}
