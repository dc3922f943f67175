package app.orderdesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;
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
     * Waits until the question shows with the keyboard on "Keep the order", and checks that its button is the dialog's
     * default (Enter) and cancel (Esc) button, discarding a button of its own.
     */
    public static Window readyWithKeepAsEnterAndEsc() {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Window shown = shown();
            return shown != null && shown.getScene().getFocusOwner() != null
                    && "discardDraftKeepButton".equals(shown.getScene().getFocusOwner().getId());
        });
        Window question = shown();
        Button keep = (Button) question.getScene().lookup("#discardDraftKeepButton");
        Button discard = (Button) question.getScene().lookup("#discardDraftButton");
        assertThat(keep.isDefaultButton()).as("Enter keeps").isTrue();
        assertThat(keep.isCancelButton()).as("Esc keeps").isTrue();
        assertThat(discard.isDefaultButton() || discard.isCancelButton()).as("discarding takes its own button").isFalse();
        return question;
    }

    /** Keeps the order with the question's keep button. */
    public static void keep(FxRobot robot) {
        robot.interact(() -> ((Button) shown().getScene().lookup("#discardDraftKeepButton")).fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> shown() == null);
    }

    /** Waits for the question and discards the draft with its button (for tests about what follows, not the question). */
    public static void discard(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> shown() != null);
        robot.interact(() -> ((Button) shown().getScene().lookup("#discardDraftButton")).fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> shown() == null);
    }
}
