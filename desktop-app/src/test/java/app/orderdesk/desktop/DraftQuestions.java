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

    /** Waits for the question and discards the draft with its button (for tests about what follows, not the question). */
    public static void discard(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> shown() != null);
        robot.interact(() -> ((Button) shown().getScene().lookup("#discardDraftButton")).fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> shown() == null);
    }
}
