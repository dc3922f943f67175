package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Styles;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The receipt preview (first page of the PDF) and the Save PDF button. */
public final class ReceiptPane {

    public static final String NO_PRINTER = "No printer is set up on this computer";

    private final VBox root;

    public ReceiptPane(OrderTrackingViewModel model) {
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

        Label printMessage = new Label();
        printMessage.setId("printMessage");
        printMessage.setWrapText(true);
        printMessage.getStyleClass().add(Styles.HINT_TEXT);
        Button print = new Button("Print…");
        print.setId("printReceiptButton");
        print.disableProperty().bind(model.receiptReadyProperty().not());
        print.setOnAction(e -> printMessage.setText(print(preview.getImage(), print)));

        Label title = new Label("Receipt");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        root = new VBox(8, title, new HBox(8, save, print), printMessage, scroller);
    }

    /** Prints the rendered page with the system's print dialog; answers what happened, in words. */
    static String print(Image page, Node owner) {
        if (page == null) {
            return "";
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return NO_PRINTER;
        }
        if (!job.showPrintDialog(owner.getScene().getWindow())) {
            job.cancelJob();
            return "Printing cancelled";
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        ImageView printable = new ImageView(page);
        printable.setPreserveRatio(true);
        printable.setFitWidth(layout.getPrintableWidth());
        printable.setFitHeight(layout.getPrintableHeight());
        boolean printed = job.printPage(printable) && job.endJob();
        return printed ? "Sent to the printer" : "The printer did not accept the receipt";
    }

    public Node root() {
        return root;
    }
}
