package app.orderdesk.desktop.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where file dialogs open: the user's Documents folder (the app's working folder meant nothing to people). */
public final class Folders {

    private Folders() {}

    /** {@code ~/Documents} when it exists (XDG_DOCUMENTS_DIR first), else the home folder. */
    public static File documents() {
        Path home = Path.of(System.getProperty("user.home"));
        String xdg = System.getenv("XDG_DOCUMENTS_DIR");
        for (Path candidate : new Path[] {xdg == null || xdg.isBlank() ? null : Path.of(xdg), home.resolve("Documents")}) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return candidate.toFile();
            }
        }
        return home.toFile();
    }

    /** Asks where to save a CSV file (from Documents, suggesting {@code fileName}); null when people cancel. */
    public static Path chooseCsvToSave(javafx.stage.Window owner, String title, String fileName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setInitialDirectory(documents());
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Messages.text("inventory.export.csvFiles"), "*.csv"));
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }
}
