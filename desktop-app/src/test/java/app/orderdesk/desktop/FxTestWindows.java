package app.orderdesk.desktop;

import java.util.ArrayList;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Ends a TestFX test's windows safely. */
public final class FxTestWindows {

    private FxTestWindows() {}

    /**
     * Hides every window and popup before the stages are cleaned up: exiting with a ControlsFX popup
     * showing crashed JavaFX 25 natively (DESKTOP-NOTES.md).
     */
    public static void closeAll(FxRobot robot) throws Exception {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
        FxToolkit.cleanupStages();
    }
}
