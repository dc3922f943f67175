package app.orderdesk.desktop.shell;

import javafx.scene.Node;

/**
 * One tab of the main window.
 *
 * @param id          the tab's id, e.g. {@code ordersTab}
 * @param onShown     runs each time the tab is selected (e.g. load on first view)
 * @param focusSearch Ctrl+F: put the keyboard in the screen's search or filter
 * @param refresh     F5: load the screen's data again
 */
public record Screen(String id, String title, Node content, Runnable onShown, Runnable focusSearch, Runnable refresh) {

    public static Screen of(String id, String title, Node content) {
        return new Screen(id, title, content, () -> { }, () -> { }, () -> { });
    }
}
