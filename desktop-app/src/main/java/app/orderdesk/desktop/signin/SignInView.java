package app.orderdesk.desktop.signin;

import app.orderdesk.desktop.ui.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Layout and bindings of the sign-in screen; all behaviour is in {@link SignInViewModel}. */
public final class SignInView {

    private final StackPane root = new StackPane();

    public SignInView(SignInViewModel model) {
        Label title = new Label("Order Desk");
        title.getStyleClass().add(Styles.APP_TITLE);
        Label profile = new Label("Connection: " + model.profileName());
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

        VBox card = new VBox(12, title, profile, credentials, newPassword, progress, error);
        card.getStyleClass().add(Styles.SIGN_IN_PANE);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setMaxWidth(360);
        card.disableProperty().bind(model.busyProperty());
        root.getChildren().add(card);
        root.getStylesheets().add(Styles.stylesheet(SignInView.class, "sign-in.css"));
    }

    private static VBox credentialsForm(SignInViewModel model) {
        TextField email = new TextField();
        email.setId("emailField");
        email.setPromptText("Email");
        email.textProperty().bindBidirectional(model.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("passwordField");
        password.setPromptText("Password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button signIn = new Button("Sign in");
        signIn.setId("signInButton");
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.setOnAction(e -> model.signIn());
        // Default button: Enter in either field signs in.
        signIn.defaultButtonProperty().bind(model.stepProperty().isEqualTo(SignInViewModel.Step.CREDENTIALS));
        return new VBox(8, new Label("Email"), email, new Label("Password"), password, signIn);
    }

    private static VBox newPasswordForm(SignInViewModel model) {
        Label hint = new Label("Choose a new password to finish signing in.");
        hint.setWrapText(true);
        PasswordField newPassword = new PasswordField();
        newPassword.setId("newPasswordField");
        newPassword.setPromptText("New password");
        newPassword.textProperty().bindBidirectional(model.newPasswordProperty());
        PasswordField confirm = new PasswordField();
        confirm.setId("confirmPasswordField");
        confirm.setPromptText("Repeat the new password");
        confirm.textProperty().bindBidirectional(model.confirmPasswordProperty());
        Button set = new Button("Set password and sign in");
        set.setId("setPasswordButton");
        set.setMaxWidth(Double.MAX_VALUE);
        set.defaultButtonProperty().bind(model.stepProperty().isEqualTo(SignInViewModel.Step.NEW_PASSWORD));
        set.setOnAction(e -> model.setNewPassword());
        return new VBox(8, hint, new Label("New password"), newPassword, new Label("Confirm new password"), confirm, set);
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
