package app.orderdesk.desktop.order;

import app.orderdesk.api.TimelineStep;
import app.orderdesk.desktop.ui.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One workflow step in the timeline: name, status, duration and, for a failure, what went wrong in words; for a
 * step that carries words without an error (a refund: amount, who, why, lines; a retry: who asked) those words.
 */
public final class TimelineStepCell extends ListCell<TimelineStep> {

    private static final List<String> STATUS_STYLES = List.of(Styles.STEP_SUCCEEDED, Styles.STEP_FAILED, Styles.STEP_RUNNING);

    private final Label name = new Label();
    private final Label status = new Label();
    private final Label duration = new Label();
    private final Label error = new Label();
    private final Label detail = new Label();
    private final VBox box;
    private final Supplier<String> orderReason;

    public TimelineStepCell() {
        this(() -> null);
    }

    /** @param orderReason the order record's reason, shown for the final "order failed" step */
    public TimelineStepCell(Supplier<String> orderReason) {
        this.orderReason = orderReason;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The name gives way first; duration and status keep their room (they vanished behind a long error).
        name.setMinWidth(0);
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, name, spacer, duration, status);
        error.setWrapText(true);
        error.setMinWidth(0);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        detail.setWrapText(true);
        detail.setMinWidth(0);
        box = new VBox(2, header, error, detail);
        box.getStyleClass().add(Styles.TIMELINE_STEP);
        box.setMinWidth(0);
        // The cell is as wide as the list, never as wide as its longest text: wrapped text then wraps.
        setPrefWidth(0);
        // h-a (issue 13): name and duration wrap rather than being cut ("Karte b…" beside a duration in German); the
        // name keeps at least its longest word (set per step), the duration gives way first.
        name.setWrapText(true);
        duration.setWrapText(true);
        duration.setMinWidth(0);
        duration.setMinHeight(Region.USE_PREF_SIZE);
        name.setMinHeight(Region.USE_PREF_SIZE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(TimelineStep step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        if (getListView() != null) {
            error.maxWidthProperty().bind(getListView().widthProperty().subtract(32));
            detail.maxWidthProperty().bind(getListView().widthProperty().subtract(32));
        }
        name.setText(StepWords.stepName(step.name()));
        name.setMinWidth(longestWord(name.getText()));
        status.setText(StepWords.stepStatus(step.status()));
        status.getStyleClass().removeAll(STATUS_STYLES);
        status.getStyleClass().add(styleFor(step.status()));
        duration.setText(step.durationMs() == null ? "" : step.durationMs() + " ms"
                + (step.attempts() > 1 ? " · " + app.orderdesk.desktop.ui.Messages.text("timeline.attempts", step.attempts()) : ""));
        String problem = StepWords.error(step, orderReason.get());
        error.setText(problem);
        error.setVisible(!problem.isEmpty());
        error.setManaged(!problem.isEmpty());
        String words = problem.isEmpty() && step.error() == null && step.cause() != null ? StepWords.cause(step) : "";
        detail.setText(words);
        detail.setVisible(!words.isEmpty());
        detail.setManaged(!words.isEmpty());
        setTooltip(problem.isEmpty() ? (words.isEmpty() ? null : new Tooltip(words)) : new Tooltip(problem));
        setText(null);
        setGraphic(box);
    }

    /**
     * As tall as its wrapped lines at the list's width: the list asks its cells for their height at their width, and a
     * cell would otherwise answer with the one-line height of its texts, cutting a long cause to "…" (h-a, issue 13).
     */
    @Override
    protected double computePrefHeight(double width) {
        double fallback = super.computePrefHeight(width);
        if (getGraphic() == null) {
            return fallback;
        }
        double room = width > 0 ? width : getWidth();
        if (room <= 0) {
            return fallback;
        }
        double inner = room - snappedLeftInset() - snappedRightInset();
        if (getListView() != null) {
            inner = Math.min(inner, getListView().getWidth() - 32); // the texts' widest (see updateItem)
        }
        return Math.max(fallback, snappedTopInset() + box.prefHeight(inner) + snappedBottomInset());
    }

    /** The width of the widest word of {@code text} in the list's font, plus the label's padding. */
    private double longestWord(String text) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            javafx.scene.text.Text measure = new javafx.scene.text.Text(word);
            measure.setFont(name.getFont());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + name.snappedLeftInset() + name.snappedRightInset() + 2;
    }

    private static String styleFor(String status) {
        if ("SUCCEEDED".equals(status)) {
            return Styles.STEP_SUCCEEDED;
        }
        return "FAILED".equals(status) ? Styles.STEP_FAILED : Styles.STEP_RUNNING;
    }
}
