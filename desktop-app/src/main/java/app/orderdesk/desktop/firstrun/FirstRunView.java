package app.orderdesk.desktop.firstrun;

import app.orderdesk.desktop.ui.Styles;
import java.io.File;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Layout of the first-run screen (three ways to connect, in order); behaviour in {@link FirstRunViewModel}. */
public final class FirstRunView {

    private final StackPane root = new StackPane();

    public FirstRunView(FirstRunViewModel model) {
        Label title = new Label("Welcome to Order Desk");
        title.getStyleClass().add(Styles.APP_TITLE);
        Label intro = new Label("Connect this PC to your store's Order Desk once; it is remembered.");
        intro.setWrapText(true);

        VBox card = new VBox(10, title, intro);
        card.getChildren().addAll(localCloudSection(model));
        card.getChildren().addAll(importSection(model));
        card.getChildren().addAll(manualSection(model));
        card.setMaxWidth(640);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.getStyleClass().add(Styles.SIGN_IN_PANE);
        root.setId("firstRun");
        root.setAlignment(Pos.CENTER);
        root.getChildren().add(card);
        root.getStylesheets().add(Styles.stylesheet(Styles.class, "common.css"));
        root.getStylesheets().add(Styles.stylesheet(app.orderdesk.desktop.signin.SignInView.class, "sign-in.css"));
        model.lookForLocalCloud();
    }

    private static Parent[] localCloudSection(FirstRunViewModel model) {
        Label heading = new Label("1. This computer's local cloud");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label status = new Label();
        status.setId("firstRunLocalStatus");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.HINT_TEXT);
        status.textProperty().bind(model.localCloudStatusProperty());
        Button use = new Button("Use the local cloud");
        use.setId("firstRunUseLocal");
        use.disableProperty().bind(model.localCloudAvailableProperty().not().or(model.busyProperty()));
        use.setOnAction(e -> model.useLocalCloud());
        Button again = new Button("Look again");
        again.setId("firstRunLookAgain");
        again.setOnAction(e -> model.lookForLocalCloud());
        // Offered first when it answers: the focus goes to it, so Enter (or Space) connects.
        model.localCloudAvailableProperty().addListener((obs, was, available) -> {
            if (available) {
                Platform.runLater(use::requestFocus);
            }
        });
        return new Parent[] {heading, status, new HBox(8, use, again)};
    }

    private Parent[] importSection(FirstRunViewModel model) {
        Label heading = new Label("2. Import my store's stack");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("The outputs file of sam deploy (sam list stack-outputs --output json) or terraform output -json.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.HINT_TEXT);
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
        importButton.disableProperty().bind(model.busyProperty());
        return new Parent[] {heading, hint, importButton};
    }

    private static Parent[] manualSection(FirstRunViewModel model) {
        Label heading = new Label("3. Or enter the connection by hand");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        addField(form, 0, "API URL", "firstRunApiUrl", model.apiUrlProperty(), "https://….execute-api.eu-west-1.amazonaws.com/v1");
        addField(form, 1, "Region", "firstRunRegion", model.regionProperty(), "eu-west-1");
        addField(form, 2, "User pool id", "firstRunUserPoolId", model.userPoolIdProperty(), "eu-west-1_AbC123");
        addField(form, 3, "App client id", "firstRunClientId", model.clientIdProperty(), "");
        addField(form, 4, "Cognito endpoint", "firstRunCognitoEndpoint", model.cognitoEndpointProperty(),
                "empty for AWS; a local emulator: http://127.0.0.1:8784");
        Button connect = new Button("Check and connect");
        connect.setId("firstRunConnectButton");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> model.connectManually());
        connect.disableProperty().bind(model.busyProperty());
        Label error = new Label();
        error.setId("firstRunError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());
        return new Parent[] {heading, form, connect, error};
    }

    private static void addField(GridPane form, int row, String label, String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(32);
        field.textProperty().bindBidirectional(value);
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setLabelFor(field);
        form.addRow(row, name, field);
    }

    public Parent root() {
        return root;
    }
}
