package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.effect.Effect;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every control the keyboard can reach shows that it has it, in both themes: AtlantaFX marks a focused check box,
 * radio button, toggle button or link in no way (the refund dialog's "Back to stock", walked under Xvfb, session 11).
 */
@ExtendWith(ApplicationExtension.class)
class FocusMarksScreenTest {

    private CheckBox check;
    private RadioButton radio;
    private ToggleButton toggle;
    private Hyperlink link;
    private TextField elsewhere;
    private Scene scene;

    @Start
    void start(Stage stage) {
        check = new CheckBox("Back to stock");
        radio = new RadioButton("Card");
        toggle = new ToggleButton("Low stock only");
        link = new Hyperlink("Details");
        elsewhere = new TextField();
        scene = new Scene(new VBox(8, elsewhere, check, radio, toggle, link), 400, 300);
        scene.getStylesheets().add(Styles.stylesheet(Styles.class, "theme-bridge.css"));
        scene.getStylesheets().add(Styles.stylesheet(Styles.class, "common.css"));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aFocusedCheckBoxRadioButtonToggleOrLinkLooksDifferentInBothThemes(FxRobot robot) {
        List<String> unmarked = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(theme::apply);
            for (Node control : List.of(check, radio, toggle, link)) {
                robot.interact(elsewhere::requestFocus);
                Effect before = mark(robot, control);
                robot.interact(control::requestFocus);
                Effect after = mark(robot, control);
                if (after == null || after.equals(before)) {
                    unmarked.add(theme + " " + control.getClass().getSimpleName());
                }
            }
        }
        robot.interact(Theme.LIGHT::apply);
        assertThat(unmarked).as("controls that look the same focused or not").isEmpty();
    }

    /** The effect on the part that shows focus: the box of a check box, the circle of a radio button, else the control. */
    private static Effect mark(FxRobot robot, Node control) {
        Effect[] effect = new Effect[1];
        robot.interact(() -> {
            control.applyCss();
            Node part = control instanceof CheckBox ? control.lookup(".box")
                    : control instanceof RadioButton ? control.lookup(".radio") : control;
            effect[0] = part.getEffect();
        });
        return effect[0];
    }
}
