package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.Focus;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A button off while its work runs: JavaFX pushes the keyboard on to the next control; it comes back when the work ends. */
@ExtendWith(ApplicationExtension.class)
class FocusReturnsAfterWorkTest {

    private final BooleanProperty busy = new SimpleBooleanProperty();

    @Start
    void start(Stage stage) {
        Button reload = new Button("Reload");
        reload.setId("reload");
        reload.disableProperty().bind(busy);
        FocusReturnsAfterWork.install(reload);
        Button importButton = new Button("Import…"); // where JavaFX puts the keyboard while Reload is off
        importButton.setId("import");
        TextField filter = new TextField();
        filter.setId("filter");
        Button resend = new Button("Resend email");
        resend.setId("resend");
        resend.disableProperty().bind(busy);
        FocusReturnsAfterWork.install(resend);
        javafx.scene.control.ListView<String> steps = new javafx.scene.control.ListView<>(); // next after Resend
        steps.setId("steps");
        stage.setScene(new Scene(new HBox(8, reload, importButton, filter, resend, steps), 700, 120));
        stage.show();
        reload.requestFocus();
    }

    @Test
    void theKeyboardComesBackToTheButtonWhenItsWorkEnds(FxRobot robot) {
        assertThat(Focus.ownerId(robot)).isEqualTo("reload");

        robot.interact(() -> busy.set(true));
        assertThat(Focus.ownerId(robot)).as("while the work runs").isEqualTo("import");

        robot.interact(() -> busy.set(false));
        assertThat(Focus.ownerId(robot)).as("after it").isEqualTo("reload");
    }

    @Test
    void alsoFromAListJavaFxPushedItInto(FxRobot robot) {
        robot.interact(() -> robot.lookup("#resend").query().requestFocus());
        robot.interact(() -> busy.set(true));
        assertThat(Focus.ownerId(robot)).as("while the work runs").isEqualTo("steps");

        robot.interact(() -> busy.set(false));
        assertThat(Focus.ownerId(robot)).as("after it (it stayed in the list, walked under Xvfb)").isEqualTo("resend");
    }

    @Test
    void butStaysWherePeopleWentToTypeMeanwhile(FxRobot robot) {
        robot.interact(() -> busy.set(true));
        robot.interact(() -> robot.lookup("#filter").query().requestFocus());

        robot.interact(() -> busy.set(false));
        assertThat(Focus.ownerId(robot)).isEqualTo("filter");
    }
}
