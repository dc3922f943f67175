package app.orderdesk.desktop.signin;

import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.io.File;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Layout and bindings of the sign-in screen; all behaviour is in {@link SignInViewModel}. */
public final class SignInView {

    private final StackPane root = new StackPane();

    public SignInView(SignInViewModel model) {
        this(model, null);
    }

    public SignInView(SignInViewModel model, ConnectionProfilesViewModel profiles) {
        Label title = new Label(Messages.text("app.name"));
        title.getStyleClass().add(Styles.APP_TITLE);
        Label profile = new Label(Messages.text("signIn.connection.current", model.profileName()));
        profile.setId("profileLabel");
        profile.getStyleClass().add(Styles.HINT_TEXT);

        VBox credentials = credentialsForm(model);
        VBox newPassword = newPasswordForm(model);
        bindVisible(credentials, model.stepProperty().isEqualTo(SignInViewModel.Step.CREDENTIALS));
        bindVisible(newPassword, model.stepProperty().isEqualTo(SignInViewModel.Step.NEW_PASSWORD));

        Label error = new Label();
        error.setId("signInError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());
        bindVisible(error, model.errorProperty().isNotEmpty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("signInProgress");
        progress.setMaxSize(28, 28);
        bindVisible(progress, model.busyProperty());

        VBox card = new VBox(12, title, profile);
        if (profiles != null) {
            card.getChildren().add(profileChoice(profiles));
        }
        card.getChildren().addAll(credentials, newPassword, progress, error);
        card.getStyleClass().add(Styles.SIGN_IN_PANE);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setMaxWidth(420);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.disableProperty().bind(model.busyProperty());
        root.getChildren().add(card);
        root.getStylesheets().add(Styles.stylesheet(SignInView.class, "sign-in.css"));
    }

    private static VBox profileChoice(ConnectionProfilesViewModel profiles) {
        ComboBox<String> choice = new ComboBox<>(profiles.names());
        choice.setId("profileChoice");
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.valueProperty().bindBidirectional(profiles.selectedProperty());
        choice.setDisable(!profiles.editable());
        HBox.setHgrow(choice, Priority.ALWAYS);
        Button importOutputs = new Button(Messages.text("signIn.importOutputs"));
        importOutputs.setId("importProfileButton");
        importOutputs.setDisable(!profiles.editable());
        importOutputs.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.text("signIn.importOutputs.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("signIn.importOutputs.jsonFiles"), "*.json"));
            File file = chooser.showOpenDialog(importOutputs.getScene().getWindow());
            if (file == null) {
                return;
            }
            TextInputDialog name = new TextInputDialog(file.getName().replaceFirst("\\.json$", "").replaceAll("[^A-Za-z0-9._-]", "-"));
            name.setTitle(Messages.text("signIn.newProfile.title"));
            name.setHeaderText(Messages.text("signIn.newProfile.header"));
            name.setContentText(Messages.text("signIn.newProfile.name"));
            name.initOwner(importOutputs.getScene().getWindow());
            name.showAndWait().ifPresent(n -> profiles.importOutputs(file.toPath(), n));
        });
        Label problem = new Label();
        problem.setId("profileError");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.textProperty().bind(profiles.errorProperty());
        bindVisible(problem, profiles.errorProperty().isNotEmpty());
        Label saved = new Label();
        saved.setWrapText(true);
        saved.getStyleClass().add(Styles.HINT_TEXT);
        saved.textProperty().bind(profiles.messageProperty());
        bindVisible(saved, profiles.messageProperty().isNotEmpty());
        return new VBox(6, new Label(Messages.text("signIn.connection")), new HBox(6, choice, importOutputs), problem, saved);
    }

    private static VBox credentialsForm(SignInViewModel model) {
        TextField email = new TextField();
        email.setId("emailField");
        app.orderdesk.desktop.ui.Accessibility.describe(email, "signIn.email");
        email.setPromptText(Messages.text("signIn.email"));
        email.textProperty().bindBidirectional(model.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("passwordField");
        app.orderdesk.desktop.ui.Accessibility.describe(password, "signIn.password");
        // Staff start typing their email right away; the connection choice above rarely changes.
        email.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(email::requestFocus);
            }
        });
        password.setPromptText(Messages.text("signIn.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button signIn = new Button(Messages.text("signIn.signIn"));
        signIn.setId("signInButton");
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.setOnAction(e -> model.signIn());
        // Default button: Enter in either field signs in.
        signIn.defaultButtonProperty().bind(model.stepProperty().isEqualTo(SignInViewModel.Step.CREDENTIALS));
        // A refused sign-in gives the keyboard back to the password, all of it selected, to type it again (to the email
        // when that is what is missing): the form is off while the pool answers, which pushed the keyboard out, onto
        // "Import stack outputs…", one Space from a file chooser (walked under Xvfb, session 18).
        model.errorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty() && model.stepProperty().get() == SignInViewModel.Step.CREDENTIALS) {
                takeTheKeyboard(email.getText() == null || email.getText().isBlank() ? email : password);
            }
        });
        return new VBox(8, new Label(Messages.text("signIn.email")), email, new Label(Messages.text("signIn.password")), password, signIn);
    }

    private static VBox newPasswordForm(SignInViewModel model) {
        Label hint = new Label(Messages.text("signIn.newPassword.hint"));
        hint.setWrapText(true);
        PasswordField newPassword = new PasswordField();
        newPassword.setId("newPasswordField");
        newPassword.setPromptText(Messages.text("signIn.newPassword"));
        newPassword.textProperty().bindBidirectional(model.newPasswordProperty());
        PasswordField confirm = new PasswordField();
        confirm.setId("confirmPasswordField");
        confirm.setPromptText(Messages.text("signIn.newPassword.repeat"));
        confirm.textProperty().bindBidirectional(model.confirmPasswordProperty());
        Button set = new Button(Messages.text("signIn.newPassword.set"));
        set.setId("setPasswordButton");
        set.setMaxWidth(Double.MAX_VALUE);
        set.defaultButtonProperty().bind(model.stepProperty().isEqualTo(SignInViewModel.Step.NEW_PASSWORD));
        set.setOnAction(e -> model.setNewPassword());
        // h-b: the step's first field takes the keyboard (the email field it replaces is hidden; focus fell back on the
        // connection choice, and the first letters of the new password went there).
        model.stepProperty().addListener((obs, was, step) -> {
            if (step == SignInViewModel.Step.NEW_PASSWORD) {
                Platform.runLater(newPassword::requestFocus);
            }
        });
        // A refusal of this step: back to the new password while it breaks a rule, else to the confirmation.
        model.errorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty() && model.stepProperty().get() == SignInViewModel.Step.NEW_PASSWORD) {
                takeTheKeyboard(PasswordRules.allMet(newPassword.getText()) ? confirm : newPassword);
            }
        });
        VBox rules = passwordRules(model);
        return new VBox(8, hint, new Label(Messages.text("signIn.newPassword")), newPassword, rules, new Label(Messages.text("signIn.newPassword.confirm")), confirm, set);
    }

    /** The pool's rules under the new password, each ticked off as soon as what is typed meets it. */
    private static VBox passwordRules(SignInViewModel model) {
        VBox rules = new VBox(2);
        rules.setId("passwordRules");
        rules.setAccessibleText(app.orderdesk.desktop.ui.Messages.text("password.rules"));
        rules.getChildren().add(new Label(app.orderdesk.desktop.ui.Messages.text("password.rules")));
        for (PasswordRules.Rule rule : PasswordRules.RULES) {
            Label line = new Label();
            line.setId("passwordRule-" + rule.key().substring(rule.key().lastIndexOf('.') + 1));
            line.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> (rule.metBy(model.newPasswordProperty().get()) ? "✓ " : "✗ ") + rule.text(), model.newPasswordProperty()));
            model.newPasswordProperty().addListener((obs, old, now) -> mark(line, rule.metBy(now)));
            mark(line, false);
            rules.getChildren().add(line);
        }
        return rules;
    }

    private static void mark(Label line, boolean met) {
        line.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_SUCCESS, met);
        line.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, !met);
    }

    /** After the pulse that re-enables the form (a disabled field takes no focus), with its text selected to type over. */
    private static void takeTheKeyboard(TextField field) {
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
    }

    private static void bindVisible(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        // Hidden parts take no space, so the card shrinks to the form in use.
        node.managedProperty().bind(node.visibleProperty());
    }

    public Parent root() {
        return root;
    }
}
