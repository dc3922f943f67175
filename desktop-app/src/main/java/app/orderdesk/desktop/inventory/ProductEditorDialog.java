package app.orderdesk.desktop.inventory;

import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The New product / Edit product dialog; everything it decides is in {@link ProductEditorViewModel}. */
final class ProductEditorDialog {

    // h-b: the category "Keine (Standardsatz des Geschäfts)" and the German labels fit whole from here.
    private static final double MIN_WIDTH = 560;
    private final Stage stage = new Stage();

    ProductEditorDialog(ProductEditorViewModel model, Window owner) {
        TextField sku = new TextField();
        sku.setId("productSku");
        sku.textProperty().bindBidirectional(model.skuProperty());
        // The SKU names the product for good: shown, not editable, when editing.
        sku.setEditable(model.isNew());
        sku.setFocusTraversable(model.isNew());
        TextField name = new TextField();
        name.setId("productName");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setPrefColumnCount(28);
        TextField price = new TextField();
        price.setId("productPrice");
        price.setPromptText(Messages.text("product.price.prompt"));
        price.textProperty().bindBidirectional(model.priceProperty());
        ComboBox<String> category = new ComboBox<>(model.categories());
        category.setId("productCategory");
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                // h-b: in the desk's words ("Lebensmittel"), a category the bundles do not know as typed
                return value == null || value.isEmpty() ? Messages.text("product.category.none")
                        : app.orderdesk.desktop.ui.CategoryWords.of(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        category.valueProperty().bindBidirectional(model.categoryProperty());
        app.orderdesk.desktop.ui.Accessibility.describe(category, "product.category");
        // h-b: the low-stock threshold (the inventory's "Low at"), a whole number
        TextField lowStock = new TextField();
        lowStock.setId("productLowStock");
        lowStock.setPrefColumnCount(8);
        lowStock.setPromptText(Messages.text("product.lowStockThreshold.prompt"));
        lowStock.textProperty().bindBidirectional(model.lowStockThresholdProperty());
        app.orderdesk.desktop.ui.Accessibility.describe(lowStock, "product.lowStockThreshold");

        GridPane form = new GridPane(8, 4);
        int row = 0;
        row = addField(form, row, "product.sku", sku, "productSkuError", model.skuErrorProperty());
        row = addField(form, row, "product.name", name, "productNameError", model.nameErrorProperty());
        row = addField(form, row, "product.price", price, "productPriceError", model.priceErrorProperty());
        row = addField(form, row, "product.category", category, "productCategoryError", model.categoryErrorProperty());
        addField(form, row, "product.lowStockThreshold", lowStock, "productLowStockError", model.lowStockThresholdErrorProperty());
        app.orderdesk.desktop.ui.FormAccess.linkLabels(form);

        Label hint = new Label(Messages.text(model.isNew() ? "product.hint.new" : "product.hint.edit"));
        hint.getStyleClass().add(Styles.HINT_TEXT);
        app.orderdesk.desktop.ui.DialogFit.prose(hint);
        Label error = DialogParts.errorLine("productError", model.errorProperty());
        HBox buttons = DialogParts.actions(stage, Messages.text("product.save"), "productSaveButton", model.canSaveBinding(),
                model::save, Messages.text("product.cancel"), "productCancelButton", model.busyProperty());

        VBox root = new VBox(10, form, hint, error, buttons);
        root.setId("productDialog");
        root.setPadding(new Insets(16));
        root.setMaxWidth(MIN_WIDTH);
        root.setPrefWidth(MIN_WIDTH);
        model.doneProperty().addListener((obs, old, done) -> {
            if (done) {
                stage.close();
            }
        });
        Scene scene = new Scene(app.orderdesk.desktop.ui.HelpTexts.apply(root));
        app.orderdesk.desktop.ui.EnterTakesTheDefaultButton.install(scene); // Ctrl+Enter confirms from any field
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(model.isNew() ? Messages.text("product.title.new")
                : Messages.text("product.title.edit", model.original().sku()));
        app.orderdesk.desktop.ui.DialogFit.keepWhole(stage, root, MIN_WIDTH);
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        // Focus starts on the first field the manager types in.
        stage.setOnShown(e -> (model.isNew() ? sku : name).requestFocus());
    }

    /** A labelled field with its own error line under it (errors are shown by field). */
    private static int addField(GridPane form, int row, String labelKey, Control field, String errorId, ReadOnlyStringProperty message) {
        Label label = new Label(Messages.text(labelKey));
        // German labels are longer ("Preis (inkl. Steuer)"): the label column never cuts them.
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.addRow(row, label, field);
        Label error = new Label();
        error.setId(errorId);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        app.orderdesk.desktop.ui.DialogFit.prose(error);
        error.textProperty().bind(message);
        error.managedProperty().bind(message.isNotEmpty());
        error.visibleProperty().bind(message.isNotEmpty());
        form.add(error, 1, row + 1);
        return row + 2;
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }
}
