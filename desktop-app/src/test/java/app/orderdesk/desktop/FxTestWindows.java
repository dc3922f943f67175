package app.orderdesk.desktop;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Ends a TestFX test's windows safely, and waits for JavaFX's layout by its pulses rather than by the clock. */
public final class FxTestWindows {

    private FxTestWindows() {}

    /**
     * Hides every window and popup before the stages are cleaned up: exiting with a ControlsFX popup
     * showing crashed JavaFX 25 natively (DESKTOP-NOTES.md).
     */
    public static void closeAll(FxRobot robot) throws Exception {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
        FxToolkit.cleanupStages();
    }

    /**
     * Waits until JavaFX has laid {@code scene} out {@code pulses} more times (after the FX events queued so far):
     * what a control lays out one pulse after a change (a table's cells, a window that grew) is then in place. Counts
     * pulses instead of sleeping a guessed number of milliseconds, so it is as long as the machine needs and no longer.
     */
    public static void waitForPulses(Scene scene, int pulses) {
        WaitForAsyncUtils.waitForFxEvents();
        CountDownLatch left = new CountDownLatch(pulses);
        Runnable count = () -> {
            left.countDown();
            if (left.getCount() > 0) {
                Platform.requestNextPulse();
            }
        };
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            scene.addPostLayoutPulseListener(count);
            Platform.requestNextPulse();
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> left.getCount() == 0);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.removePostLayoutPulseListener(count)));
    }
}
