package app.orderdesk.desktop;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.firstrun.ConnectionCheck;
import app.orderdesk.desktop.firstrun.FirstRunView;
import app.orderdesk.desktop.firstrun.FirstRunViewModel;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.ui.Messages;
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
    record StartupProfile(ProfileStore store, ConnectionProfile profile, String problem, boolean firstRun) {
        static StartupProfile read() {
            ProfileStore store = ProfileStore.fromEnvironment();
            String profileName = ProfileStore.selectedProfileName();
            try {
                return new StartupProfile(store, store.load(profileName), null, false);
            } catch (ProfileStore.ProfileNotFoundException e) {
                return System.getProperty(ProfileStore.PROFILE_PROPERTY) != null
                        ? new StartupProfile(store, null, e.getMessage(), false) // a named profile is missing: say so
                        : otherStoredProfile(store);
            } catch (RuntimeException e) {
                return new StartupProfile(store, null,
                        app.orderdesk.desktop.ui.Messages.text("profiles.startupReadFailed", profileName, e.getMessage()), false);
            }
        }

        /** No "local" profile: the one the first-run screen saved (or any single one), else the first run. */
        private static StartupProfile otherStoredProfile(ProfileStore store) {
            List<String> names = store.list();
            if (!names.isEmpty()) {
                String name = names.contains(FirstRunViewModel.PROFILE_NAME) ? FirstRunViewModel.PROFILE_NAME : names.getFirst();
                try {
                    return new StartupProfile(store, store.load(name), null, false);
                } catch (ProfileStore.ProfileNotFoundException | RuntimeException e) {
                    return new StartupProfile(store, null, app.orderdesk.desktop.ui.Messages.text("profiles.startupReadFailed", name, e.getMessage()), false);
                }
            }
            return new StartupProfile(store, null, null, true);
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
        StartupTrace.mark("profile");
        if (loaded.firstRun()) {
            showFirstRun(stage, loaded.store());
            return;
        }
        open(stage, loaded.store(), loaded.profile());
    }

    private void open(Stage stage, ProfileStore store, ConnectionProfile profile) {
        services = AppServices.production(profile, store.home());
        StartupTrace.mark("services");
        window = new AppWindow(stage, services, store, chosen -> AppServices.production(chosen, store.home()));
        window.show();
    }

    /** No connection profile on this PC yet: the first-run screen makes one, then sign-in follows. */
    private void showFirstRun(Stage stage, ProfileStore store) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        FirstRunViewModel model = new FirstRunViewModel(store, executor, new ConnectionCheck(), profile -> {
            executor.close();
            open(stage, store, profile);
        });
        stage.setTitle(AppWindow.title());
        stage.setScene(new Scene(app.orderdesk.desktop.ui.HelpTexts.apply(new FirstRunView(model).root()), 900, 780));
        stage.show();
    }

    /**
     * With {@value StartupTrace#EXIT_WHEN_SHOWN} (the start-time benchmark), {@value AotTraining#FLAG} (the
     * installer's AOT training run) or {@code -Dorderdesk.startupReport=true}: prints where start-up time went
     * once the first frame is laid out; quits in the first case, goes through a sign-in's work and then quits in
     * the second.
     */
    private void reportWhenShown(Stage stage) {
        List<String> args = getParameters().getRaw();
        boolean training = AotTraining.wanted(args);
        if (!StartupTrace.reportWanted(args) && !training) {
            return;
        }
        stage.setOnShown(shown -> {
            StartupTrace.mark("sign-in view+show");
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                StartupTrace.mark("first-frame");
                System.out.println(StartupTrace.report());
                Runnable quit = () -> Platform.runLater(() -> {
                    new ArrayList<>(Window.getWindows()).forEach(Window::hide);
                    Platform.exit();
                });
                if (training && window != null) {
                    AotTraining.run(window, quit);
                } else if (StartupTrace.exitWhenShown(args) || training) {
                    quit.run();
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
        stage.setTitle(AppWindow.title());
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
