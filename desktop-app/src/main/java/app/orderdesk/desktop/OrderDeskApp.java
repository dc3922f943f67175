package app.orderdesk.desktop;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.infra.ProfileStore;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: applies the theme, loads the connection profile and opens the window. */
public final class OrderDeskApp extends Application {

    private AppServices services;
    private AppWindow window;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ProfileStore store = ProfileStore.fromEnvironment();
        String profileName = ProfileStore.selectedProfileName();
        ConnectionProfile profile;
        try {
            profile = store.load(profileName);
        } catch (ProfileStore.ProfileNotFoundException e) {
            showProblem(stage, e.getMessage());
            return;
        } catch (RuntimeException e) {
            showProblem(stage, "The connection profile '" + profileName + "' could not be read: " + e.getMessage());
            return;
        }
        services = AppServices.production(profile, store.home());
        window = new AppWindow(stage, services, store, chosen -> AppServices.production(chosen, store.home()));
        window.show();
    }

    private static void showProblem(Stage stage, String message) {
        Label label = new Label(message);
        label.setId("startupProblem");
        label.setWrapText(true);
        label.setPadding(new Insets(24));
        stage.setTitle(AppWindow.TITLE);
        stage.setScene(new Scene(label, 640, 200));
        stage.show();
    }

    @Override
    public void stop() throws Exception {
        // The window may have switched profiles: close the services it uses now.
        AppServices current = window != null ? window.services() : services;
        if (current != null) {
            current.resources().close();
        }
    }
}
