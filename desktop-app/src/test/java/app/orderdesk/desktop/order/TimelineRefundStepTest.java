package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.TimelineStep;
import app.orderdesk.desktop.FxTestWindows;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 12: the timeline shows a refund's words (amount, who, why, lines) and the retry path's steps in words. */
@ExtendWith(ApplicationExtension.class)
class TimelineRefundStepTest {

    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    private static final String REFUND_WORDS = "$10.00 refunded by support@orderdesk.local: DAMAGED — 1 × Listed Mug (not restocked)";

    @Start
    void start(Stage stage) {
        ListView<TimelineStep> timeline = new ListView<>();
        timeline.setId("timeline");
        timeline.setCellFactory(list -> new TimelineStepCell());
        timeline.getItems().setAll(List.of(
                new TimelineStep("ReserveStock", "FAILED", AT, AT, 0L, 1, "States.Timeout", "too long"),
                new TimelineStep("ReserveStockOnHold", "SUCCEEDED", AT, AT, 0L, 1, null, null),
                new TimelineStep("EmailReceipt", "SUCCEEDED", AT, AT, 5L, 1, null, null),
                new TimelineStep("Refund", "SUCCEEDED", AT, AT, 40L, 1, null, REFUND_WORDS)));
        stage.setScene(new Scene(timeline, 640, 400));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
    }

    @Test
    void aRefundStepShowsItsWordsAndTheHoldStepsHaveNames(FxRobot robot) {
        List<String> shown = robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).filter(t -> t != null && !t.isBlank()).toList();

        assertThat(shown).contains("Refund", REFUND_WORDS, "Held for a retry");
        assertThat(shown).as("a step without words shows none, a failure shows its error only once")
                .filteredOn(t -> t.equals(REFUND_WORDS)).hasSize(1);
        assertThat(shown).doesNotContain("too long", "Reserve stock on hold");
    }
}
