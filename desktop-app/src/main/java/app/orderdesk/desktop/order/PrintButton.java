package app.orderdesk.desktop.order;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;

/**
 * The receipt's Print button: one job at a time. JavaFX spools a page in a nested event loop, so the window still takes
 * clicks meanwhile, and a second click on Print started a second job (session 33's note) — two receipts for one order
 * at the counter. The button is off from the click until the printer has answered, and says what happened.
 */
final class PrintButton {

    private PrintButton() {}

    /**
     * @param page    the rendered page to print
     * @param ready   whether there is a receipt to print
     * @param printer prints {@code page} (the owner node for the print dialog) and answers what happened, in words
     */
    static void install(Button print, Label message, Supplier<Image> page, ObservableBooleanValue ready,
                        BiFunction<Image, Node, String> printer) {
        BooleanProperty printing = new SimpleBooleanProperty(false);
        print.disableProperty().bind(javafx.beans.binding.Bindings.not(ready).or(printing));
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(print);
        print.setOnAction(e -> {
            if (printing.get()) {
                return;
            }
            printing.set(true);
            try {
                message.setText(printer.apply(page.get(), print));
            } finally {
                printing.set(false);
            }
        });
    }
}
