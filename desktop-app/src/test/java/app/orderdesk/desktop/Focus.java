package app.orderdesk.desktop;

import java.util.Objects;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Where the keyboard is: the focus owner of the focused window, as a person sees it after the last key. */
public final class Focus {

    private Focus() {}

    /** The focused window's focus owner once the FX events queued so far have run; null when no window has focus. */
    public static Node owner(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listTargetWindows().stream()
                .filter(w -> w.isFocused() && w.getScene() != null)
                .map(w -> w.getScene().getFocusOwner())
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** The focus owner's id; "" when nothing has focus or the owner has no id. */
    public static String ownerId(FxRobot robot) {
        Node owner = owner(robot);
        return owner == null || owner.getId() == null ? "" : owner.getId();
    }
}
