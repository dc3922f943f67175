package app.orderdesk.desktop.shell;

import javafx.scene.Node;

/**
 * One tab of the main window.
 *
 * @param id          the tab's id, e.g. {@code ordersTab}
 * @param onShown     runs each time the tab is selected (e.g. load on first view)
 * @param onHidden    runs each time another tab is selected instead (e.g. stop refreshing what nobody sees)
 * @param focusSearch Ctrl+F: put the keyboard in the screen's search or filter
 * @param refresh     F5: load the screen's data again
 */
public record Screen(String id, String title, Node content, Runnable onShown, Runnable onHidden, Runnable focusSearch,
                     Runnable refresh) {

    /** A screen with nothing to stop when it is left. */
    public Screen(String id, String title, Node content, Runnable onShown, Runnable focusSearch, Runnable refresh) {
        this(id, title, content, onShown, () -> { }, focusSearch, refresh);
    }

    public static Screen of(String id, String title, Node content) {
        return new Screen(id, title, content, () -> { }, () -> { }, () -> { });
    }
}
