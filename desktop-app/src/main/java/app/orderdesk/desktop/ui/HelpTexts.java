package app.orderdesk.desktop.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * Help text for every control, from {@code help.properties} next to this class, keyed by the
 * control's id ({@code help.<id>}): what it does or what to type. {@link #apply} walks a screen once
 * when it is built and gives each control with a text its accessible help (what a screen reader says
 * after the name) and, unless it has one already, a tooltip with the same words. Help a screen set
 * itself (a field-specific text from the messages bundle) is kept. A control that no visible word
 * names (a table under a long introduction) gets its accessible name from {@code name.<id>}.
 *
 * <p>A bundle of its own, so the words that explain controls live apart from the labels on them.
 */
public final class HelpTexts {

    static final String BUNDLE = "app.orderdesk.desktop.ui.help";
    private static final double TOOLTIP_WIDTH = 360;

    private HelpTexts() {}

    /** Gives every control under {@code root} that has a help text its accessible help and tooltip; returns root. */
    public static <T extends Node> T apply(T root) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        walk(root, bundle);
        return root;
    }

    /** The help text for the control with {@code id}, or null when the bundle has none. */
    public static String forId(String id) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString("help." + id);
        } catch (MissingResourceException none) {
            return null;
        }
    }

    private static void walk(Node node, ResourceBundle bundle) {
        if (node == null) {
            return;
        }
        if (node.getId() != null && bundle.containsKey("help." + node.getId())) {
            describe(node, bundle.getString("help." + node.getId()));
        }
        if (node.getId() != null && bundle.containsKey("name." + node.getId())
                && (node.getAccessibleText() == null || node.getAccessibleText().isBlank())) {
            node.setAccessibleText(bundle.getString("name." + node.getId()));
        }
        // Containers whose children only exist once their skin does: walk what they hold instead.
        switch (node) {
            case TabPane tabs -> tabs.getTabs().stream().map(Tab::getContent).forEach(content -> walk(content, bundle));
            case ScrollPane scroller -> walk(scroller.getContent(), bundle);
            case SplitPane split -> split.getItems().forEach(item -> walk(item, bundle));
            case TitledPane titled -> walk(titled.getContent(), bundle);
            case ToolBar bar -> bar.getItems().forEach(item -> walk(item, bundle));
            case StatusBar bar -> {
                bar.getLeftItems().forEach(item -> walk(item, bundle));
                bar.getRightItems().forEach(item -> walk(item, bundle));
            }
            case Control control -> { } // a control's children are its skin's parts
            case Parent parent -> parent.getChildrenUnmodifiable().forEach(child -> walk(child, bundle));
            default -> { }
        }
    }

    private static void describe(Node node, String text) {
        if (node.getAccessibleHelp() == null || node.getAccessibleHelp().isBlank()) {
            node.setAccessibleHelp(text);
        }
        if (node instanceof Control control && control.getTooltip() == null) {
            Tooltip tooltip = new Tooltip(text);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(TOOLTIP_WIDTH);
            tooltip.setShowDelay(Duration.millis(600));
            // Gone the moment the pointer leaves its control: a tooltip shown while someone types in a note
            // otherwise lingers (200 ms by default) over the buttons below and takes the click meant for them.
            tooltip.setHideDelay(Duration.ZERO);
            control.setTooltip(tooltip);
        }
    }
}
