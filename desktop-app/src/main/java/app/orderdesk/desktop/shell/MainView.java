package app.orderdesk.desktop.shell;

import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.ui.Styles;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.StatusBar;

/** The signed-in window: the current screen above a status bar naming the user, role and connection. */
public final class MainView {

    private final BorderPane root = new BorderPane();

    public MainView(Node content, Session session, String profileName, Runnable onSignOut) {
        StatusBar status = new StatusBar();
        status.setId("statusBar");
        status.getStyleClass().add(Styles.STATUS_BAR);
        status.setText("");
        Label who = new Label(statusText(session, profileName));
        who.setId("statusLabel");
        status.getLeftItems().add(who);
        Button signOut = new Button("Sign out");
        signOut.setId("signOutButton");
        signOut.setOnAction(e -> onSignOut.run());
        status.getRightItems().add(signOut);

        root.setCenter(content);
        root.setBottom(status);
    }

    static String statusText(Session session, String profileName) {
        return "Signed in as " + session.displayName() + " · Role: " + session.role() + " · Connection: " + profileName;
    }

    public Parent root() {
        return root;
    }
}
