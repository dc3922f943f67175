package app.orderdesk.desktop;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.infra.ProfileStore;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The JavaFX application: applies the theme, loads the connection profile and opens the window. */
public final class OrderDeskApp extends Application {

    private static volatile CompletableFuture<StartupProfile> preloaded;

    private AppServices services;
    private AppWindow window;

    /**
     * Starts reading the connection profile (and with it Jackson's first, slow set-up) on another
     * thread while the JavaFX toolkit starts: the two overlap instead of adding up.
     */
    static void preloadProfile() {
        preloaded = CompletableFuture.supplyAsync(StartupProfile::read,
                task -> Thread.ofPlatform().name("profile-preload").daemon().start(task));
    }

    /** The profile the app starts with, or why there is none (shown instead of the sign-in screen). */
    record StartupProfile(ProfileStore store, ConnectionProfile profile, String problem) {
        static StartupProfile read() {
            ProfileStore store = ProfileStore.fromEnvironment();
            String profileName = ProfileStore.selectedProfileName();
            try {
                return new StartupProfile(store, store.load(profileName), null);
            } catch (ProfileStore.ProfileNotFoundException e) {
                return new StartupProfile(store, null, e.getMessage());
            } catch (RuntimeException e) {
                return new StartupProfile(store, null,
                        "The connection profile '" + profileName + "' could not be read: " + e.getMessage());
            }
        }
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit");
        reportWhenShown(stage);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StartupTrace.mark("theme");
        StartupProfile loaded = preloaded != null ? preloaded.join() : StartupProfile.read();
        if (loaded.problem() != null) {
            showProblem(stage, loaded.problem());
            return;
        }
        ProfileStore store = loaded.store();
        ConnectionProfile profile = loaded.profile();
        StartupTrace.mark("profile");
        services = AppServices.production(profile, store.home());
        StartupTrace.mark("services");
        window = new AppWindow(stage, services, store, chosen -> AppServices.production(chosen, store.home()));
        window.show();
    }

    /**
     * With {@value StartupTrace#EXIT_WHEN_SHOWN} (the installer's AOT training run, the start-time
     * benchmark) or {@code -Dorderdesk.startupReport=true}: prints where start-up time went once the
     * first frame is laid out, and quits in the first case.
     */
    private void reportWhenShown(Stage stage) {
        List<String> args = getParameters().getRaw();
        if (!StartupTrace.reportWanted(args)) {
            return;
        }
        stage.setOnShown(shown -> {
            StartupTrace.mark("sign-in view+show");
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                StartupTrace.mark("first-frame");
                System.out.println(StartupTrace.report());
                if (StartupTrace.exitWhenShown(args)) {
                    Platform.runLater(() -> {
                        new ArrayList<>(Window.getWindows()).forEach(Window::hide);
                        Platform.exit();
                    });
                }
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
        });
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
