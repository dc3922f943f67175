package app.orderdesk.desktop.refunds;

import app.orderdesk.api.RefundView;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Beside the receipt: the order's refunds, each with its credit note to save. Hidden while the order has none. */
public final class CreditNotesPane {

    private final VBox root;

    public CreditNotesPane(CreditNotesViewModel model, String orderNumberForFiles) {
        this(model, () -> orderNumberForFiles);
    }

    public CreditNotesPane(CreditNotesViewModel model, java.util.function.Supplier<String> orderNumber) {
        Label title = new Label(Messages.text("creditNote.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        ListView<RefundView> list = new ListView<>(model.refunds());
        list.setId("creditNotesList");
        list.setPrefHeight(90);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RefundView refund, boolean empty) {
                super.updateItem(refund, empty);
                setText(empty || refund == null ? null : CreditNotesViewModel.describe(refund));
                setWrapText(true);
            }
        });
        Button save = new Button(Messages.text("creditNote.save"));
        save.setId("saveCreditNoteButton");
        save.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(e -> {
            RefundView refund = list.getSelectionModel().getSelectedItem();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.text("creditNote.save.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("receipt.save.pdfFiles"), "*.pdf"));
            chooser.setInitialFileName("credit-note-" + orderNumber.get() + "-" + refund.refundId().substring(0, 8) + ".pdf");
            File file = chooser.showSaveDialog(save.getScene().getWindow());
            if (file != null) {
                model.save(refund, file.toPath());
            }
        });
        Label message = new Label();
        message.setId("creditNotesMessage");
        message.getStyleClass().add(Styles.HINT_TEXT);
        message.textProperty().bind(model.messageProperty());
        root = new VBox(8, title, list, new HBox(8, save, message));
        root.setId("creditNotes");
        root.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.refunds()));
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node root() {
        return root;
    }
}
