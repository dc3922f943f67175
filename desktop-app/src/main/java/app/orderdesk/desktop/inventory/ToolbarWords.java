package app.orderdesk.desktop.inventory;

import app.orderdesk.desktop.ui.HelpTexts;
import app.orderdesk.desktop.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;

/**
 * Keeps a toolbar on one row by giving some of its buttons shorter words when their whole words do not fit the row's
 * width (the Inventory toolbar at 1024 px: one row needed about 40 px more in English and 220 px more in German).
 * Buttons are shortened in the order they were added, only as many as the row needs, and get their whole words back
 * when the row is wide again. Every word stays whole ("Import…" for "Import counts…", never "Import co…"); the whole
 * words are the button's accessible text always and head its tooltip while it shows the short ones. ADR 0046.
 */
final class ToolbarWords {

    private final List<Entry> entries = new ArrayList<>();

    /** One button: its whole and short words, and what its tooltip says besides (why it is disabled, or its help). */
    private record Entry(Button button, String whole, String brief, BooleanProperty shortened) {}

    /**
     * Gives {@code button} its whole words ({@code key}) and, for when the row is narrow, its short ones
     * ({@code key.short}); its tooltip says {@code why} when that is not empty (why it is disabled), else its help text.
     */
    void add(Button button, String key, ObservableStringValue why) {
        String whole = Messages.text(key);
        Entry entry = new Entry(button, whole, Messages.text(key + ".short"), new SimpleBooleanProperty(false));
        button.setText(whole);
        button.setAccessibleText(whole);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.textProperty().bind(Bindings.createStringBinding(() -> {
            String reason = why.get() == null || why.get().isBlank() ? HelpTexts.forId(button.getId()) : why.get();
            String besides = reason == null ? "" : reason;
            return entry.shortened().get() ? whole + (besides.isEmpty() ? "" : "\n" + besides) : besides;
        }, why, entry.shortened()));
        button.setTooltip(tip);
        entries.add(entry);
    }

    /** From now on, whenever {@code toolbar}'s width changes, shortens just enough buttons for one row. */
    void fitTo(FlowPane toolbar) {
        toolbar.widthProperty().addListener((obs, was, now) -> fit(toolbar, now.doubleValue()));
    }

    private void fit(FlowPane toolbar, double width) {
        if (width <= 0) {
            return;
        }
        double need = wholeWordsWidth(toolbar);
        for (Entry entry : entries) {
            boolean shorten = need > width;
            if (shorten) {
                need -= textWidth(entry.button(), entry.whole()) - textWidth(entry.button(), entry.brief());
            }
            entry.shortened().set(shorten);
            entry.button().setText(shorten ? entry.brief() : entry.whole());
        }
    }

    /** The width of one row with every button at its whole words: what is shown now, plus what the short words save. */
    private double wholeWordsWidth(FlowPane toolbar) {
        List<Node> shown = toolbar.getChildren().stream().filter(Node::isManaged).toList();
        double width = toolbar.snappedLeftInset() + toolbar.snappedRightInset() + toolbar.getHgap() * Math.max(0, shown.size() - 1);
        for (Node child : shown) {
            width += child.prefWidth(-1);
        }
        for (Entry entry : entries) {
            if (entry.shortened().get()) {
                width += textWidth(entry.button(), entry.whole()) - textWidth(entry.button(), entry.brief());
            }
        }
        return width;
    }

    private static double textWidth(Button button, String words) {
        Text measure = new Text(words);
        measure.setFont(button.getFont());
        return measure.getLayoutBounds().getWidth();
    }
}
