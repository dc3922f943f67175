package app.orderdesk.desktop.ui;

import javafx.scene.Node;

/** Where a node stands in the scene graph. */
public final class Nodes {

    private Nodes() {}

    /** Whether {@code node} is {@code container} or lies anywhere below it; false for a null node. */
    public static boolean isInside(Node node, Node container) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up == container) {
                return true;
            }
        }
        return false;
    }
}
