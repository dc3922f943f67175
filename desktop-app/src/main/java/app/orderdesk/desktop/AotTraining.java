package app.orderdesk.desktop;

import app.orderdesk.api.Roles;
import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.signin.SignInViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;

/**
 * {@value #FLAG}: the installer's AOT training run (JEP 483/514; ADR 0062). A run that quits as the sign-in window
 * shows records none of what a person's first sign-in loads — the pool's call, the main window's screens, the API
 * client and its JSON — and sign-in was then 1.5–2 s slower than with a cache recorded through a sign-in. While the
 * package is built there is no store to sign in to, so this run goes the same way with nothing to reach (the
 * training profile's endpoints refuse at once): a sign-in whose call is refused, the main window of a made-up
 * session whose calls are refused in turn, sign-out, quit. Nothing of it is kept but what the JVM records; the
 * made-up session's token is never valid anywhere.
 */
final class AotTraining {

    static final String FLAG = "--aot-training";
    /** Long enough for the main window's first calls to be refused and their errors shown; the JVM records as it goes. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    /** The whole run gives up (and quits, keeping what it recorded) after this: a package build never hangs on it. */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private AotTraining() {}

    static boolean wanted(List<String> args) {
        return args.contains(FLAG);
    }

    /** On the FX thread, with the sign-in window shown: runs the steps, then {@code quit} (once). */
    static void run(AppWindow window, Runnable quit) {
        PauseTransition limit = after(LIMIT, () -> {
            System.out.println("orderdesk-aot-training: gave up after " + LIMIT.toSeconds() + " s");
            quit.run();
        });
        SignInViewModel signIn = window.signInModel();
        signIn.emailProperty().set("training@orderdesk.invalid");
        signIn.passwordProperty().set("training-only");
        signIn.signIn();
        whenNotBusy(signIn, () -> {
            System.out.println("orderdesk-aot-training: sign-in answered: " + signIn.errorProperty().get());
            window.openForTraining(new Session("training", "training@orderdesk.invalid",
                    Set.of(Roles.MANAGERS, Roles.STAFF, Roles.SUPPORT), "training", "training", Instant.now().plus(Duration.ofHours(1))));
            after(SETTLE, () -> {
                window.signOutForTraining();
                after(Duration.ofMillis(500), () -> {
                    if (limit.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                        limit.stop();
                        System.out.println("orderdesk-aot-training: done");
                        quit.run();
                    }
                });
            });
        });
    }

    private static void whenNotBusy(SignInViewModel model, Runnable then) {
        if (!model.busyProperty().get()) {
            then.run();
            return;
        }
        ChangeListener<Boolean> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> busy, Boolean was, Boolean now) {
                if (!now) {
                    busy.removeListener(this);
                    after(Duration.ofMillis(100), then); // the model sets its error just after it stops being busy
                }
            }
        };
        model.busyProperty().addListener(listener);
    }

    private static PauseTransition after(Duration delay, Runnable then) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> then.run());
        pause.play();
        return pause;
    }
}
