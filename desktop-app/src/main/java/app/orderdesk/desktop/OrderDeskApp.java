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
        services = AppServices.production(profile);
        new AppWindow(stage, services).show();
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
        if (services != null) {
            services.resources().close();
        }
    }
}
