package app.orderdesk.desktop.firstrun;

import app.orderdesk.desktop.ui.Messages;
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
    private final Label connectionError = new Label();

    public FirstRunView(FirstRunViewModel model) {
        Label title = new Label(Messages.text("firstRun.title"));
        title.getStyleClass().add(Styles.APP_TITLE);
        Label intro = new Label(Messages.text("firstRun.intro"));
        app.orderdesk.desktop.ui.DialogFit.prose(intro);

        VBox card = new VBox(10, title, intro);
        card.getChildren().addAll(localCloudSection(model));
        card.getChildren().addAll(importSection(model));
        card.getChildren().addAll(manualSection(model));
        card.setMaxWidth(640);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.getStyleClass().add(Styles.SIGN_IN_PANE);
        root.setId("firstRun");
        root.setAlignment(Pos.CENTER);
        // h-b: lower than the card (1024×640 and below) the screen scrolls; its prose keeps whole lines, never "…".
        StackPane centred = new StackPane(card);
        centred.setPadding(new javafx.geometry.Insets(8));
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(centred);
        scroller.setId("firstRunScroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("edge-to-edge");
        root.getChildren().add(scroller);
        // h-e (issue 13): at 1024×640 the connection error under Connect lay below the visible part; it scrolls into view
        // when it appears, and Tab scrolls to the control it reaches.
        app.orderdesk.desktop.ui.FocusFollowingScroll.revealWhenShown(scroller, connectionError, model.errorProperty());
        app.orderdesk.desktop.ui.FocusFollowingScroll.install(scroller);
        // Each control's help text (accessible help and tooltip) comes with the screen, wherever it is shown.
        app.orderdesk.desktop.ui.HelpTexts.apply(root);
        root.getStylesheets().add(Styles.stylesheet(Styles.class, "common.css"));
        root.getStylesheets().add(Styles.stylesheet(app.orderdesk.desktop.signin.SignInView.class, "sign-in.css"));
        model.lookForLocalCloud();
    }

    private static Parent[] localCloudSection(FirstRunViewModel model) {
        Label heading = new Label(Messages.text("firstRun.local.heading"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label status = new Label();
        status.setId("firstRunLocalStatus");
        app.orderdesk.desktop.ui.DialogFit.prose(status);
        status.getStyleClass().add(Styles.HINT_TEXT);
        status.textProperty().bind(model.localCloudStatusProperty());
        Button use = new Button(Messages.text("firstRun.local.use"));
        use.setId("firstRunUseLocal");
        use.disableProperty().bind(model.localCloudAvailableProperty().not().or(model.busyProperty()));
        use.setOnAction(e -> model.useLocalCloud());
        Button again = new Button(Messages.text("firstRun.local.again"));
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
        Label heading = new Label(Messages.text("firstRun.import.heading"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label(Messages.text("firstRun.import.hint"));
        app.orderdesk.desktop.ui.DialogFit.prose(hint);
        hint.getStyleClass().add(Styles.HINT_TEXT);
        Button importButton = new Button(Messages.text("firstRun.import.choose"));
        importButton.setId("firstRunImportButton");
        importButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.text("signIn.importOutputs.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("signIn.importOutputs.jsonFiles"), "*.json"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.importOutputs(file.toPath());
            }
        });
        importButton.disableProperty().bind(model.busyProperty());
        return new Parent[] {heading, hint, importButton};
    }

    private Parent[] manualSection(FirstRunViewModel model) {
        Label heading = new Label(Messages.text("firstRun.manual.heading"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        addField(form, 0, Messages.text("firstRun.field.apiUrl"), "firstRunApiUrl", model.apiUrlProperty(), "https://….execute-api.eu-west-1.amazonaws.com/v1");
        addField(form, 1, Messages.text("firstRun.field.region"), "firstRunRegion", model.regionProperty(), "eu-west-1");
        addField(form, 2, Messages.text("firstRun.field.userPoolId"), "firstRunUserPoolId", model.userPoolIdProperty(), "eu-west-1_AbC123");
        addField(form, 3, Messages.text("firstRun.field.clientId"), "firstRunClientId", model.clientIdProperty(), "");
        addField(form, 4, Messages.text("firstRun.field.cognitoEndpoint"), "firstRunCognitoEndpoint", model.cognitoEndpointProperty(),
                Messages.text("firstRun.field.cognitoEndpoint.prompt"));
        Button connect = new Button(Messages.text("firstRun.connect"));
        connect.setId("firstRunConnectButton");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> model.connectManually());
        connect.disableProperty().bind(model.busyProperty());
        Label error = connectionError;
        error.setId("firstRunError");
        app.orderdesk.desktop.ui.DialogFit.prose(error);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());
        Label checking = new Label();
        checking.setId("firstRunChecking");
        app.orderdesk.desktop.ui.DialogFit.prose(checking);
        checking.getStyleClass().add(Styles.HINT_TEXT);
        checking.textProperty().bind(model.checkingProperty());
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setMaxSize(16, 16);
        checking.setGraphic(spinner);
        checking.visibleProperty().bind(model.checkingProperty().isNotEmpty());
        checking.managedProperty().bind(checking.visibleProperty());
        return new Parent[] {heading, form, connect, checking, error};
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
