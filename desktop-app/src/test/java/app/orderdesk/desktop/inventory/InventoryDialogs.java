package app.orderdesk.desktop.inventory;

import javafx.stage.Window;

/** Opens the inventory's package-private dialogs for screen tests in other packages (a file chosen without the OS chooser). */
public final class InventoryDialogs {

    private InventoryDialogs() {}

    /** The stock-count import over {@code model}, owned by {@code owner}, as the inventory's Import button opens it. */
    public static void showImport(ImportCountsViewModel model, Window owner) {
        new ImportCountsDialog(model, owner).show();
    }
}
