package app.orderdesk.desktop.order;

import app.orderdesk.api.TimelineStep;
import app.orderdesk.desktop.ui.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One workflow step in the timeline: name, status, duration and, for a failure, the error. */
public final class TimelineStepCell extends ListCell<TimelineStep> {

    private static final List<String> STATUS_STYLES = List.of(Styles.STEP_SUCCEEDED, Styles.STEP_FAILED, Styles.STEP_RUNNING);

    private final Label name = new Label();
    private final Label status = new Label();
    private final Label duration = new Label();
    private final Label error = new Label();
    private final VBox box;

    public TimelineStepCell() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, name, spacer, duration, status);
        error.setWrapText(true);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        box = new VBox(2, header, error);
        box.getStyleClass().add(Styles.TIMELINE_STEP);
    }

    @Override
    protected void updateItem(TimelineStep step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        name.setText(step.name());
        status.setText(step.status());
        status.getStyleClass().removeAll(STATUS_STYLES);
        status.getStyleClass().add(styleFor(step.status()));
        duration.setText(step.durationMs() == null ? "" : step.durationMs() + " ms"
                + (step.attempts() > 1 ? " · " + step.attempts() + " attempts" : ""));
        String problem = describeError(step);
        error.setText(problem);
        error.setVisible(!problem.isEmpty());
        error.setManaged(!problem.isEmpty());
        setText(null);
        setGraphic(box);
    }

    private static String styleFor(String status) {
        if ("SUCCEEDED".equals(status)) {
            return Styles.STEP_SUCCEEDED;
        }
        return "FAILED".equals(status) ? Styles.STEP_FAILED : Styles.STEP_RUNNING;
    }

    private static String describeError(TimelineStep step) {
        if (step.error() == null || step.error().isBlank()) {
            return "";
        }
        return step.cause() == null || step.cause().isBlank() ? step.error() : step.error() + ": " + step.cause();
    }
}
