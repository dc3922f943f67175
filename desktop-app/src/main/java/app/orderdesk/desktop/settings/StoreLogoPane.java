package app.orderdesk.desktop.settings;

import static app.orderdesk.desktop.settings.StoreLogoChoice.text;

import app.orderdesk.desktop.ui.Styles;
import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The logo row of the store settings: a preview at about the size the receipt prints it, "Choose
 * logo…" (a PNG or JPEG file) and "Remove logo", the limits, and why a file was refused.
 */
final class StoreLogoPane {

    /** About the receipt's logo box (160 × 56 pt) on screen. */
    private static final double PREVIEW_WIDTH = 200;
    private static final double PREVIEW_HEIGHT = 70;

    private final VBox root;

    StoreLogoPane(StoreLogoChoice logo) {
        ImageView preview = new ImageView();
        preview.setId("settingsLogoPreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setAccessibleText(text("logo.preview"));
        Label none = new Label(text("logo.none"));
        none.setId("settingsLogoNone");
        none.getStyleClass().add(Styles.HINT_TEXT);
        StackPane frame = new StackPane(none, preview);
        frame.setId("settingsLogoFrame");
        frame.setMinSize(PREVIEW_WIDTH + 8, PREVIEW_HEIGHT + 8);
        frame.setMaxSize(PREVIEW_WIDTH + 8, PREVIEW_HEIGHT + 8);
        frame.setPadding(new Insets(4));
        frame.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4;");
        logo.imageProperty().addListener((obs, old, bytes) -> show(preview, none, bytes));
        show(preview, none, logo.imageProperty().get());

        Button choose = new Button(text("logo.choose"));
        choose.setId("settingsLogoChoose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text("logo.fileChooser.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text("logo.fileChooser.images"),
                    "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
            File file = chooser.showOpenDialog(choose.getScene().getWindow());
            if (file != null) {
                logo.choose(file.toPath());
            }
        });
        Button remove = new Button(text("logo.remove"));
        remove.setId("settingsLogoRemove");
        remove.disableProperty().bind(logo.imageProperty().isNull());
        remove.setOnAction(e -> logo.remove());
        VBox buttons = new VBox(6, choose, remove);
        HBox row = new HBox(12, frame, buttons);
        row.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("settingsError-logo");
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.setWrapText(true);
        problem.textProperty().bind(logo.problemProperty());
        problem.visibleProperty().bind(logo.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label hint = new Label(text("logo.hint"));
        hint.getStyleClass().add(Styles.HINT_TEXT);
        hint.setWrapText(true);
        root = new VBox(4, row, problem, hint);
        root.setId("settingsLogoPane");
    }

    private static void show(ImageView preview, Label none, byte[] bytes) {
        Image image = bytes == null ? null : new Image(new ByteArrayInputStream(bytes));
        boolean shown = image != null && !image.isError();
        preview.setImage(shown ? image : null);
        none.setVisible(!shown);
    }

    Node root() {
        return root;
    }
}
