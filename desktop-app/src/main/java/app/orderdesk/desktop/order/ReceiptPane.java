package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Messages;
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

/** The receipt preview (first page of the PDF, zoomable), the Save PDF and Print buttons. */
public final class ReceiptPane {

    public static String noPrinter() {
        return Messages.text("receipt.noPrinter");
    }

    /** The least height of the page's view: about the receipt's header, customer and first lines at fit width. */
    static final double MIN_PREVIEW_HEIGHT = 280;

    private final VBox root;

    public ReceiptPane(OrderTrackingViewModel model) {
        this(model, "");
    }

    /**
     * @param idPrefix prefixed to the ids of the pane's nodes, so two panes in one window stay apart
     *                 ({@code "detail"} gives {@code #detailReceiptPreview})
     */
    public ReceiptPane(OrderTrackingViewModel model, String idPrefix) {
        ImageView preview = new ImageView();
        preview.setId(id(idPrefix, "receiptPreview"));
        preview.getStyleClass().add(Styles.RECEIPT_PREVIEW);
        preview.setPreserveRatio(true);
        preview.imageProperty().bind(model.receiptImageProperty());
        ScrollPane scroller = new ScrollPane(preview);
        scroller.setPrefViewportHeight(360);
        // Walked at 1024x640 (session 21): beside the form the page shrank to a 100 px strip under the timeline. It keeps
        // a readable height; the column around it scrolls instead (both screens put the pane in a scrolling column).
        scroller.setMinHeight(MIN_PREVIEW_HEIGHT);
        // Its own preferred width, not the page's: a zoomed page scrolls instead of widening the pane (and "fit width" with it).
        scroller.setPrefViewportWidth(440);
        app.orderdesk.desktop.ui.FocusFollowingScroll.install(scroller);
        ReceiptZoomControls zoom = new ReceiptZoomControls(model, preview, scroller, idPrefix);
        scroller.visibleProperty().bind(model.receiptReadyProperty());
        scroller.managedProperty().bind(scroller.visibleProperty());

        Button save = new Button(Messages.text("receipt.save"));
        save.setId(id(idPrefix, "saveReceiptButton"));
        save.disableProperty().bind(model.receiptReadyProperty().not());
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialDirectory(app.orderdesk.desktop.ui.Folders.documents());
            chooser.setTitle(Messages.text("receipt.save.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("receipt.save.pdfFiles"), "*.pdf"));
            chooser.setInitialFileName("receipt-" + model.orderNumberProperty().get() + ".pdf");
            File file = chooser.showSaveDialog(save.getScene().getWindow());
            if (file != null) {
                model.saveReceipt(file.toPath());
            }
        });

        Label printMessage = new Label();
        printMessage.setId(id(idPrefix, "printMessage"));
        printMessage.setWrapText(true);
        printMessage.getStyleClass().add(Styles.HINT_TEXT);
        Button print = new Button(Messages.text("receipt.print"));
        print.setId(id(idPrefix, "printReceiptButton"));
        PrintButton.install(print, printMessage, preview::getImage, model.receiptReadyProperty(), ReceiptPane::print);

        Label title = new Label(Messages.text("receipt.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        root = new VBox(8, title, new HBox(8, save, print), printMessage, zoom.buttons(), scroller);
        zoom.listenForShortcuts(root);
    }

    /** Prints the rendered page with the system's print dialog; answers what happened, in words. */
    static String print(Image page, Node owner) {
        if (page == null) {
            return "";
        }
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) {
            // Headless or broken print systems throw instead of answering null.
            return noPrinter();
        }
        if (job == null) {
            return noPrinter();
        }
        if (!job.showPrintDialog(owner.getScene().getWindow())) {
            job.cancelJob();
            return Messages.text("receipt.print.cancelled");
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        ImageView printable = new ImageView(page);
        printable.setPreserveRatio(true);
        printable.setFitWidth(layout.getPrintableWidth());
        printable.setFitHeight(layout.getPrintableHeight());
        boolean printed = job.printPage(printable) && job.endJob();
        return Messages.text(printed ? "receipt.print.sent" : "receipt.print.refused");
    }

    static String id(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public Node root() {
        return root;
    }
}
