package app.orderdesk.desktop.ui;

import javafx.scene.Node;

/** Gives a control the name and help text a screen reader says, from the bundle ({@code a11y.<key>}, {@code a11y.<key>.help}). */
public final class Accessibility {

    private Accessibility() {}

    /** Names {@code node} (and gives it help text when the bundle has some); returns it for chaining. */
    public static <T extends Node> T describe(T node, String key) {
        node.setAccessibleText(Messages.text("a11y." + key));
        if (Messages.has("a11y." + key + ".help")) {
            node.setAccessibleHelp(Messages.text("a11y." + key + ".help"));
        }
        return node;
    }
}
