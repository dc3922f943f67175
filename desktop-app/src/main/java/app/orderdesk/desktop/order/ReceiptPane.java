package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Styles;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The receipt preview (first page of the PDF) and the Save PDF button. */
final class ReceiptPane {

    private final VBox root;

    ReceiptPane(OrderTrackingViewModel model) {
        ImageView preview = new ImageView();
        preview.setId("receiptPreview");
        preview.getStyleClass().add(Styles.RECEIPT_PREVIEW);
        preview.setPreserveRatio(true);
        preview.setFitWidth(460);
        preview.imageProperty().bind(model.receiptImageProperty());
        ScrollPane scroller = new ScrollPane(preview);
        scroller.setFitToWidth(true);
        scroller.setPrefViewportHeight(360);
        scroller.visibleProperty().bind(model.receiptReadyProperty());
        scroller.managedProperty().bind(scroller.visibleProperty());

        Button save = new Button("Save PDF…");
        save.setId("saveReceiptButton");
        save.disableProperty().bind(model.receiptReadyProperty().not());
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save receipt");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            chooser.setInitialFileName("receipt-" + model.orderNumberProperty().get() + ".pdf");
            File file = chooser.showSaveDialog(save.getScene().getWindow());
            if (file != null) {
                model.saveReceipt(file.toPath());
            }
        });

        Label title = new Label("Receipt");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        root = new VBox(8, title, save, scroller);
    }

    Node root() {
        return root;
    }
}
