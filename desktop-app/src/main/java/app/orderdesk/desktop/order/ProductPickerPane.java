package app.orderdesk.desktop.order;

import app.orderdesk.api.InventoryItemView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The product picker row: search, product, quantity and "Add line". */
final class ProductPickerPane {

    private static final int MAX_QUANTITY = 9999;

    private final HBox root;

    ProductPickerPane(OrderDraftViewModel model) {
        TextField search = new TextField();
        search.setId("productSearch");
        search.setPromptText("Search SKU or name");
        search.setPrefWidth(180);
        search.textProperty().bindBidirectional(model.productQueryProperty());

        ComboBox<InventoryItemView> product = new ComboBox<>(model.products());
        product.setId("productCombo");
        product.setPromptText("Choose a product");
        product.setMaxWidth(Double.MAX_VALUE);
        product.setConverter(new StringConverter<>() {
            @Override
            public String toString(InventoryItemView item) {
                return ProductLabels.pickerLabel(item);
            }

            @Override
            public InventoryItemView fromString(String text) {
                return null;
            }
        });
        product.valueProperty().bindBidirectional(model.selectedProductProperty());
        HBox.setHgrow(product, Priority.ALWAYS);

        Spinner<Integer> quantity = new Spinner<>();
        quantity.setId("quantitySpinner");
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_QUANTITY, 1);
        quantity.setValueFactory(factory);
        quantity.setEditable(true);
        quantity.setPrefWidth(100);
        // The spinner's value is an ObjectProperty<Integer>; keep the model's int in step both ways.
        factory.valueProperty().addListener((obs, old, now) -> model.quantityProperty().set(now == null ? 0 : now));
        model.quantityProperty().addListener((obs, old, now) -> factory.setValue(now.intValue()));

        Button add = new Button("Add line");
        add.setId("addLineButton");
        add.disableProperty().bind(model.canAddLineBinding().not());
        add.setOnAction(e -> {
            quantity.commitValue();
            model.addLine();
        });

        Label qty = new Label("Qty");
        // The combo box gives way when the window is narrow; the small controls keep their size.
        for (Region fixed : new Region[] {search, qty, quantity, add}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        product.setMinWidth(160);
        root = new HBox(8, search, product, qty, quantity, add);
        root.setAlignment(Pos.CENTER_LEFT);
        root.disableProperty().bind(model.editableBinding().not());
    }

    Node root() {
        return root;
    }
}
