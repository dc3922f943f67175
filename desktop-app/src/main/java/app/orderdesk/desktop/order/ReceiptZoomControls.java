package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The receipt preview's zoom: buttons (−, +, fit width), Ctrl+plus / Ctrl+minus / Ctrl+0 and Ctrl+wheel.
 * The picture is shown at once at the new size, then rendered again at the zoom's resolution in the
 * background ({@link OrderTrackingViewModel#renderReceiptAt}), so text stays crisp at every size.
 */
final class ReceiptZoomControls {

    private final OrderTrackingViewModel model;
    private final ImageView preview;
    private final ScrollPane scroller;
    private final ReceiptZoom zoom = new ReceiptZoom();
    private final Label level = new Label();
    private final HBox buttons;

    ReceiptZoomControls(OrderTrackingViewModel model, ImageView preview, ScrollPane scroller, String idPrefix) {
        this.model = model;
        this.preview = preview;
        this.scroller = scroller;
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        Button out = button(idPrefix, "receiptZoomOut", "receipt.zoom.out.symbol", "receipt.zoom.out");
        out.setOnAction(e -> zoom.zoomOut(shownFactor()));
        Button in = button(idPrefix, "receiptZoomIn", "receipt.zoom.in.symbol", "receipt.zoom.in");
        in.setOnAction(e -> zoom.zoomIn(shownFactor()));
        Button fit = button(idPrefix, "receiptZoomFit", "receipt.zoom.fit", "receipt.zoom.fit");
        fit.setOnAction(e -> zoom.fitToWidth());
        fit.disableProperty().bind(zoom.fitWidthProperty().or(model.receiptReadyProperty().not()));
        out.disableProperty().bind(model.receiptReadyProperty().not());
        in.disableProperty().bind(model.receiptReadyProperty().not());
        level.setId(ReceiptPane.id(idPrefix, "receiptZoomLevel"));
        // A fixed width: "50 %", "300 %" and the word shown before a receipt take the same room, so zooming never moves
        // the buttons or widens the pane.
        double width = Math.max(48, textWidth(Messages.text("receipt.zoom.none")) + 8);
        level.setMinWidth(width);
        level.setPrefWidth(width);
        level.setAlignment(Pos.CENTER);
        level.setTooltip(new Tooltip(Messages.text("receipt.zoom.help")));
        // Before a receipt is shown the group's place says what it is in words (it was a blank gap between two greyed
        // buttons); the percentage replaces the word once there is a page to measure.
        model.receiptReadyProperty().addListener((o, was, ready) -> {
            if (ready) {
                layoutPage();
            } else {
                showNoLevel();
            }
        });
        showNoLevel();
        buttons = new HBox(4, out, level, in, fit);
        buttons.setAlignment(Pos.CENTER_LEFT);

        scroller.viewportBoundsProperty().addListener((o, was, now) -> layoutPage());
        preview.imageProperty().addListener((o, was, now) -> layoutPage());
        zoom.fitWidthProperty().addListener((o, was, now) -> layoutPage());
        zoom.stepProperty().addListener((o, was, now) -> layoutPage());
        scroller.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        // A click on the page puts the keyboard there, so Ctrl+plus works without Tab (the pane stays out of the Tab order).
        scroller.setOnMouseClicked(e -> scroller.requestFocus());
    }

    Node buttons() {
        return buttons;
    }

    /** Ctrl+plus, Ctrl+minus and Ctrl+0 anywhere in the receipt pane. */
    void listenForShortcuts(Node pane) {
        pane.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isShortcutDown() || event.isAltDown() || !model.receiptReadyProperty().get()) {
                return;
            }
            switch (event.getCode()) {
                case PLUS, ADD, EQUALS -> zoom.zoomIn(shownFactor());
                case MINUS, SUBTRACT -> zoom.zoomOut(shownFactor());
                case DIGIT0, NUMPAD0 -> zoom.fitToWidth();
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    private void wheel(ScrollEvent event) {
        if (!event.isShortcutDown() || event.getDeltaY() == 0 || !model.receiptReadyProperty().get()) {
            return;
        }
        if (event.getDeltaY() > 0) {
            zoom.zoomIn(shownFactor());
        } else {
            zoom.zoomOut(shownFactor());
        }
        event.consume();
    }

    /** The page's width in inches, from the picture and the resolution it was rendered at. */
    private double pageWidthInches() {
        Image image = preview.getImage();
        return image == null ? 0 : image.getWidth() / model.receiptDpiProperty().get();
    }

    private double shownFactor() {
        double inches = pageWidthInches();
        return inches <= 0 ? 1.0 : preview.getFitWidth() / (inches * ReceiptZoom.SCREEN_DPI);
    }

    /** Sizes the picture for the zoom now, and asks for a picture at the matching resolution. */
    private void layoutPage() {
        double inches = pageWidthInches();
        if (inches <= 0) {
            return;
        }
        // A little under the viewport's width, so "fit width" never needs a horizontal scroll bar.
        double factor = zoom.factor(scroller.getViewportBounds().getWidth() - 2, inches);
        preview.setFitWidth(factor * inches * ReceiptZoom.SCREEN_DPI);
        level.setText(Messages.text("receipt.zoom.level", Math.round(factor * 100)));
        level.setAccessibleText(Messages.text("receipt.zoom.level.name", level.getText()));
        level.getStyleClass().remove(Styles.HINT_TEXT);
        double outputScale = scroller.getScene() == null || scroller.getScene().getWindow() == null
                ? 1.0 : scroller.getScene().getWindow().getOutputScaleX();
        model.renderReceiptAt(Math.min(ReceiptZoom.MAX_DPI, ReceiptZoom.dpi(factor, outputScale)));
    }

    /** The word in the level's place, greyed like the disabled buttons beside it, until a receipt is shown. */
    private void showNoLevel() {
        level.setText(Messages.text("receipt.zoom.none"));
        level.setAccessibleText(Messages.text("receipt.zoom.none.name"));
        if (!level.getStyleClass().contains(Styles.HINT_TEXT)) {
            level.getStyleClass().add(Styles.HINT_TEXT);
        }
    }

    /** The width of {@code text} in the themes' body font (14 px). */
    private static double textWidth(String text) {
        Text measure = new Text(text);
        measure.setFont(Font.font(Font.getDefault().getFamily(), 14));
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    private static Button button(String idPrefix, String id, String textKey, String nameKey) {
        Button button = new Button(Messages.text(textKey));
        button.setId(ReceiptPane.id(idPrefix, id));
        button.setAccessibleText(Messages.text(nameKey));
        return button;
    }
}
