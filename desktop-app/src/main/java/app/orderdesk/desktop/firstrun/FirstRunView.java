package app.orderdesk.desktop.firstrun;

import app.orderdesk.desktop.ui.Styles;
import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Layout of the first-run screen; behaviour in {@link FirstRunViewModel}. */
public final class FirstRunView {

    private final StackPane root = new StackPane();

    public FirstRunView(FirstRunViewModel model) {
        Label title = new Label("Welcome to Order Desk");
        title.getStyleClass().add(Styles.APP_TITLE);
        Label intro = new Label("Connect this PC to your store's Order Desk once; it is remembered.");
        intro.setWrapText(true);

        Label importTitle = new Label("Import my store's stack");
        importTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label importHint = new Label("The outputs file of sam deploy (sam list stack-outputs --output json) or terraform output -json.");
        importHint.setWrapText(true);
        importHint.getStyleClass().add(Styles.HINT_TEXT);
        Button importButton = new Button("Choose outputs file…");
        importButton.setId("firstRunImportButton");
        importButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Stack outputs (JSON)");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.importOutputs(file.toPath());
            }
        });

        Label manualTitle = new Label("Or enter the connection by hand");
        manualTitle.getStyleClass().add(Styles.SECTION_TITLE);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        addField(form, 0, "API URL", "firstRunApiUrl", model.apiUrlProperty(), "https://….execute-api.eu-west-1.amazonaws.com/v1");
        addField(form, 1, "Region", "firstRunRegion", model.regionProperty(), "eu-west-1");
        addField(form, 2, "User pool id", "firstRunUserPoolId", model.userPoolIdProperty(), "eu-west-1_AbC123");
        addField(form, 3, "App client id", "firstRunClientId", model.clientIdProperty(), "");
        Button connect = new Button("Check and connect");
        connect.setId("firstRunConnectButton");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> model.connectManually());
        connect.disableProperty().bind(model.busyProperty());
        importButton.disableProperty().bind(model.busyProperty());

        Label error = new Label();
        error.setId("firstRunError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());

        VBox card = new VBox(10, title, intro, importTitle, importHint, importButton, manualTitle, form, connect, error);
        card.setMaxWidth(600);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.getStyleClass().add(Styles.SIGN_IN_PANE);
        root.setId("firstRun");
        root.setAlignment(Pos.CENTER);
        root.getChildren().add(card);
        root.getStylesheets().add(Styles.stylesheet(Styles.class, "common.css"));
        root.getStylesheets().add(Styles.stylesheet(app.orderdesk.desktop.signin.SignInView.class, "sign-in.css"));
    }

    private static void addField(GridPane form, int row, String label, String id,
                                 javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(32);
        field.textProperty().bindBidirectional(value);
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        form.addRow(row, name, field);
    }

    public Parent root() {
        return root;
    }
}
