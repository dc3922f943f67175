package app.orderdesk.desktop;

import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The robot's clicks, with the target's place worked out on the FX thread. TestFX's own {@code clickOn(query)} asks
 * for the node's bounds on the test thread (to check it is visible, then to find its centre); JavaFX computes those
 * bounds lazily and caches them in the parents, so a pulse laying the same parents out at that moment could corrupt
 * the cache: one fresh-clone run failed with JavaFX's IndexOutOfBoundsException in {@code Parent.updateCachedBounds}
 * (TestFX issue 813, "clickOn() is not thread safe"). Every test clicks through here; TestCodeRulesTest holds it.
 *
 * <p>Otherwise it clicks as TestFX would: the first visible node the query finds, at the centre of the part of it
 * inside its window, the primary button, the robot's direct motion; the node's window becomes the one the robot writes
 * to; and it waits for the FX events the click caused.
 */
public final class Clicks {

    private Clicks() {}

    /** Clicks the first visible node {@code query} finds (a CSS selector or a label's text, as TestFX's lookup). */
    public static FxRobot on(FxRobot robot, String query) {
        return robot.clickOn(centreOf(robot, () -> visibleNode(robot, query)), Motion.DEFAULT, MouseButton.PRIMARY);
    }

    public static FxRobot on(FxRobot robot, Node node) {
        return robot.clickOn(centreOf(robot, () -> node), Motion.DEFAULT, MouseButton.PRIMARY);
    }

    public static FxRobot twiceOn(FxRobot robot, String query) {
        return robot.doubleClickOn(centreOf(robot, () -> visibleNode(robot, query)), Motion.DEFAULT, MouseButton.PRIMARY);
    }

    public static FxRobot twiceOn(FxRobot robot, Node node) {
        return robot.doubleClickOn(centreOf(robot, () -> node), Motion.DEFAULT, MouseButton.PRIMARY);
    }

    /** Moves the pointer over {@code node} without clicking (e.g. before scrolling the wheel). */
    public static FxRobot moveTo(FxRobot robot, Node node) {
        return robot.moveTo(centreOf(robot, () -> node), Motion.DEFAULT);
    }

    private static Node visibleNode(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(Clicks::isShown)
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing visible to click for the query \"" + query + "\""));
    }

    /** As TestFX's visibility check: visible itself, in a window that is showing, and at least partly inside it. */
    private static boolean isShown(Node node) {
        Scene scene = node.getScene();
        if (!node.isVisible() || scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return false;
        }
        return node.localToScene(node.getBoundsInLocal()).intersects(0, 0, scene.getWidth(), scene.getHeight());
    }

    /**
     * The screen point at the centre of the part of the node inside its window, computed on the FX thread; the node's
     * window becomes the robot's target, as TestFX's own point(node) makes it, so what is written next goes there.
     */
    private static Point2D centreOf(FxRobot robot, Supplier<Node> target) {
        // Aim once the window's layout has settled: some layouts finish a pulse later (TableFitsItsRows sets a list's
        // height after the pass that measured it), and a point taken before moved under the pointer (a fresh-clone run,
        // session 25: SupportFindsOrderFlowTest's click on "Resend email" sent nothing).
        if (!Platform.isFxApplicationThread()) {
            Scene scene = onFx(() -> target.get().getScene());
            if (scene != null) {
                FxTestWindows.waitForPulses(scene, 2);
            }
        }
        return onFx(() -> {
            Node node = target.get();
            Scene scene = node.getScene();
            if (scene == null || scene.getWindow() == null) {
                throw new AssertionError("cannot click " + node + ": it is in no window");
            }
            Bounds inScene = node.localToScene(node.getBoundsInLocal());
            double minX = Math.max(inScene.getMinX(), 0);
            double maxX = Math.min(inScene.getMaxX(), scene.getWidth());
            double minY = Math.max(inScene.getMinY(), 0);
            double maxY = Math.min(inScene.getMaxY(), scene.getHeight());
            robot.targetWindow(scene.getWindow());
            return new Point2D(scene.getWindow().getX() + scene.getX() + (minX + maxX) / 2,
                    scene.getWindow().getY() + scene.getY() + (minY + maxY) / 2);
        });
    }

    private static <T> T onFx(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        try {
            return WaitForAsyncUtils.asyncFx(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
