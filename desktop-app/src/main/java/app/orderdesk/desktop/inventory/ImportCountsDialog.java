package app.orderdesk.desktop.inventory;

import app.orderdesk.api.ImportReportView;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Import counts from CSV: choose a file, see the dry run per row, confirm, see the results. */
final class ImportCountsDialog {

    // h-b: the line, result and before → after columns whole with room left for the wrapping SKU and message.
    private static final double MIN_WIDTH = 640;
    private final Stage stage = new Stage();

    ImportCountsDialog(ImportCountsViewModel model, Window owner) {
        Label intro = new Label(Messages.text("import.intro"));
        app.orderdesk.desktop.ui.DialogFit.prose(intro);
        Button choose = new Button(Messages.text("import.choose"));
        choose.setId("importChooseButton");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.disableProperty().bind(model.busyProperty());
        app.orderdesk.desktop.ui.FocusReturnsAfterWork.install(choose);
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialDirectory(app.orderdesk.desktop.ui.Folders.documents());
            chooser.setTitle(Messages.text("import.choose.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("import.choose.csvFiles"), "*.csv", "*.txt"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                model.previewFile(file.toPath());
            }
        });
        Label summary = new Label();
        summary.setId("importSummary");
        summary.textProperty().bind(model.summaryProperty());
        app.orderdesk.desktop.ui.DialogFit.prose(summary);
        HBox.setHgrow(summary, Priority.ALWAYS);

        TableView<ImportReportView.Row> rows = new TableView<>(model.rows());
        rows.setId("importRowsTable");
        rows.setPlaceholder(new Label(Messages.text("import.preview.none")));
        // h-b: numbers and result words keep their width (header included); SKUs and messages wrap in their cells.
        TableColumn<ImportReportView.Row, String> line = column(Messages.text("import.column.line"), 50, r -> Integer.toString(r.row()));
        app.orderdesk.desktop.ui.FullText.atLeast(line, "9999");
        TableColumn<ImportReportView.Row, String> sku = column(Messages.text("import.column.sku"), 110, ImportReportView.Row::sku);
        sku.setCellFactory(app.orderdesk.desktop.ui.FullText.wrappingCells());
        app.orderdesk.desktop.ui.FullText.atLeast(sku, "GRIND-20000"); // a usual SKU on one line; longer ones wrap
        TableColumn<ImportReportView.Row, String> result = column(Messages.text("import.column.result"), 90, r -> r.status() == null ? "" : switch (r.status()) {
            case UPDATED -> Messages.text("import.result.changes");
            case UNCHANGED -> Messages.text("import.result.unchanged");
            case ERROR -> Messages.text("import.result.error");
        });
        app.orderdesk.desktop.ui.FullText.atLeast(result, Messages.text("import.result.changes"),
                Messages.text("import.result.unchanged"), Messages.text("import.result.error"));
        TableColumn<ImportReportView.Row, String> beforeAfter = column(Messages.text("import.column.beforeAfter"), 110,
                r -> r.before() == null && r.after() == null ? "" : r.before() + " → " + r.after());
        app.orderdesk.desktop.ui.FullText.atLeast(beforeAfter, "100000 → 100000");
        TableColumn<ImportReportView.Row, String> message = column(Messages.text("import.column.message"), 220,
                ImportCountsViewModel::message);
        message.setCellFactory(app.orderdesk.desktop.ui.FullText.wrappingCells());
        message.setMinWidth(120);
        rows.getColumns().add(line);
        rows.getColumns().add(sku);
        rows.getColumns().add(result);
        rows.getColumns().add(beforeAfter);
        rows.getColumns().add(message);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportReportView.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(Styles.LOW_STOCK_ROW);
                if (!empty && row != null && row.status() == ImportReportView.Status.ERROR) {
                    getStyleClass().add(Styles.LOW_STOCK_ROW);
                }
            }
        });
        VBox.setVgrow(rows, Priority.ALWAYS);
        rows.setMinHeight(150); // a header and a few rows at the smallest size (h-b)

        Label error = new Label();
        error.setId("importError");
        app.orderdesk.desktop.ui.DialogFit.prose(error);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());
        Button confirm = new Button(Messages.text("import.confirm"));
        confirm.setId("importConfirmButton");
        confirm.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // h-b: Enter imports once a preview allows it (the button is off until then); Escape closes.
        confirm.setDefaultButton(true);
        confirm.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        confirm.disableProperty().bind(model.canConfirmBinding().not());
        confirm.setOnAction(e -> {
            if (skippingErrorsConfirmed(model)) {
                model.confirm();
            }
        });
        Button close = new Button(Messages.text("import.close"));
        close.setId("importCloseButton");
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        app.orderdesk.desktop.ui.StaysWhileBusy.install(stage, close, model.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, busy, confirm, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, intro, new HBox(8, choose, summary), rows, error, buttons);
        root.setId("importDialog");
        root.setPadding(new Insets(16));
        root.setPrefSize(680, 460);
        Scene scene = new Scene(app.orderdesk.desktop.ui.HelpTexts.apply(root));
        app.orderdesk.desktop.ui.EnterTakesTheDefaultButton.install(scene); // Ctrl+Enter confirms from any field
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(Styles.stylesheet(InventoryView.class, "inventory.css"));
        stage.setScene(scene);
        stage.setTitle(Messages.text("import.title"));
        app.orderdesk.desktop.ui.DialogFit.keepWhole(stage, root, MIN_WIDTH);
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    /** Rows with errors are skipped: say which, and import the rest only when the manager agrees. */
    private boolean skippingErrorsConfirmed(ImportCountsViewModel model) {
        java.util.List<String> errors = model.rowsWithErrors();
        if (errors.isEmpty()) {
            return true;
        }
        int shown = Math.min(errors.size(), 15);
        String list = String.join("\n", errors.subList(0, shown))
                + (errors.size() > shown ? "\n" + Messages.text("import.errors.more", errors.size() - shown) : "");
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                list, new javafx.scene.control.ButtonType(Messages.text("import.errors.importRest", model.rowsToChange()), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                javafx.scene.control.ButtonType.CANCEL);
        ask.setTitle(Messages.text("import.errors.title"));
        ask.setHeaderText(Messages.text("import.errors.header", errors.size()));
        ask.initOwner(stage);
        ask.getDialogPane().setId("importErrorsConfirm");
        return ask.showAndWait().map(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    void show() {
        stage.show();
    }
}
