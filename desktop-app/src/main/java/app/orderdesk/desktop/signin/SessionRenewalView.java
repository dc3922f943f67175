package app.orderdesk.desktop.signin;

import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * "Sign in again", over the main window when the session has ended ({@link SessionRenewalViewModel}). It has no
 * cancel button on purpose: Esc and the window's close button do nothing, so a stray key cannot drop the window's
 * half-typed work by signing out; Sign out is a button of its own. Enter signs in.
 */
public final class SessionRenewalView {

    private final Dialog<SessionRenewalViewModel.Result> dialog = new Dialog<>();

    public SessionRenewalView(SessionRenewalViewModel model, Window owner) {
        dialog.setTitle(Messages.text("session.renew.title"));
        dialog.setHeaderText(Messages.text("session.renew.header"));
        dialog.initOwner(owner);

        Label why = new Label(Messages.text("session.renew.text"));
        why.setId("sessionRenewText");
        app.orderdesk.desktop.ui.DialogFit.prose(why);
        why.setPrefWidth(440); // wrapped at a set width, as the payment dialogs (centred on the owner at its final size)
        Label emailLabel = new Label(Messages.text("signIn.email"));
        Label email = new Label(model.email());
        email.setId("sessionRenewEmail");
        PasswordField password = new PasswordField();
        password.setId("sessionRenewPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.disableProperty().bind(model.busyProperty());
        Label passwordLabel = new Label(Messages.text("signIn.password"));
        passwordLabel.setLabelFor(password);
        Label error = new Label();
        error.setId("sessionRenewError");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        GridPane form = new GridPane(12, 10);
        form.add(why, 0, 0, 2, 1);
        form.addRow(1, emailLabel, email);
        form.addRow(2, passwordLabel, password);
        form.add(error, 1, 3);
        dialog.getDialogPane().setContent(form);

        ButtonType signIn = new ButtonType(Messages.text("session.renew.signIn"), ButtonBar.ButtonData.OK_DONE);
        ButtonType signOut = new ButtonType(Messages.text("session.renew.signOut"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(signIn, signOut);
        var signInButton = dialog.getDialogPane().lookupButton(signIn);
        signInButton.setId("sessionRenewSignInButton");
        signInButton.disableProperty().bind(model.busyProperty());
        var signOutButton = dialog.getDialogPane().lookupButton(signOut);
        signOutButton.setId("sessionRenewSignOutButton");
        signOutButton.disableProperty().bind(model.busyProperty());
        // The buttons start the work; the dialog closes when the model has an answer, not on the press.
        signInButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.signIn();
        });
        signOutButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.signOut();
        });
        app.orderdesk.desktop.ui.HelpTexts.apply(dialog.getDialogPane());
        app.orderdesk.desktop.ui.HelpTexts.apply(signInButton);
        app.orderdesk.desktop.ui.HelpTexts.apply(signOutButton);
        dialog.setResultConverter(button -> model.resultProperty().get());
        model.resultProperty().addListener((obs, none, answered) -> {
            if (answered != null) {
                dialog.setResult(answered);
                dialog.close();
            }
        });
        // A shown dialog keeps its first size: the refusal's line pushed the buttons half out of it (seen in a snapshot).
        model.errorProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(
                () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        // Back to the password after a refusal (the field was off while the check ran, which took the keyboard).
        model.busyProperty().addListener((obs, was, now) -> {
            if (!now && model.resultProperty().get() == null) {
                password.requestFocus();
            }
        });
        dialog.setOnShown(e -> javafx.application.Platform.runLater(password::requestFocus));
    }

    /** Shows the question without waiting; {@code onAnswer} hears how it ended, on the FX thread. */
    public void show(Consumer<SessionRenewalViewModel.Result> onAnswer) {
        dialog.setOnHidden(e -> onAnswer.accept(dialog.getResult() == null ? SessionRenewalViewModel.Result.START_OVER : dialog.getResult()));
        dialog.show();
    }
}
