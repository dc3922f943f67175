package app.orderdesk.desktop;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** The "Discard this order?" question ({@code DiscardDraftView}) as tests meet it. */
public final class DraftQuestions {

    private DraftQuestions() {}

    /** The question's window while it shows, else null. */
    public static Window shown() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#discardDraftButton") != null)
                .findFirst().orElse(null);
    }

    /**
     * Waits until the question shows with the keyboard on "Keep the order" and aims the robot's keys at it: typed before
     * that, a key could reach the main window instead (seen once in a full run: Esc left the question open).
     */
    public static Window readyForKeys(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Window shown = shown();
            return shown != null && shown.isFocused() && shown.getScene().getFocusOwner() != null
                    && "discardDraftKeepButton".equals(shown.getScene().getFocusOwner().getId());
        });
        Window question = shown();
        robot.targetWindow(question);
        return question;
    }

    /** Waits for the question and discards the draft with its button (for tests about what follows, not the question). */
    public static void discard(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> shown() != null);
        robot.interact(() -> ((Button) shown().getScene().lookup("#discardDraftButton")).fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> shown() == null);
    }
}
