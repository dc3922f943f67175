package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Styles;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The place-order screen: the draft form beside the order's progress, plus its keyboard shortcuts. */
public final class PlaceOrderView {

    private static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW_ORDER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final HBox root;

    public PlaceOrderView(PlaceOrderViewModel model) {
        var form = new OrderFormView(model).root();
        var progress = new OrderProgressView(model.tracking()).root();
        ScrollPane formScroller = new ScrollPane(form);
        formScroller.setFitToWidth(true);
        HBox.setHgrow(formScroller, Priority.ALWAYS);
        HBox.setHgrow(progress, Priority.SOMETIMES);
        // Room for the receipt preview beside the form.
        if (progress instanceof Region region) {
            region.setMinWidth(400);
        }
        root = new HBox(16, formScroller, progress);
        root.setPadding(new Insets(12));
        root.getStylesheets().add(Styles.stylesheet(PlaceOrderView.class, "place-order.css"));
        // A filter, so the shortcuts work whichever field has the focus.
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SUBMIT.match(event)) {
                model.draft().submit();
                event.consume();
            } else if (NEW_ORDER.match(event) && model.allowedToOrder()) {
                model.newOrder();
                event.consume();
            }
        });
    }

    public Parent root() {
        return root;
    }
}
