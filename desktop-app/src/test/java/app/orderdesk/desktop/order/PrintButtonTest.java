package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Session 34: a second click on Print while the first job spooled (JavaFX runs a nested event loop meanwhile) started a
 * second job. The printer here clicks again from inside the job, as a person would while it spools.
 */
@ExtendWith(ApplicationExtension.class)
class PrintButtonTest {

    @Test
    void aClickWhileAJobRunsStartsNoSecondJobAndTheButtonIsOffUntilTheAnswer(FxRobot robot) {
        Button print = new Button("Print…");
        Label message = new Label();
        SimpleBooleanProperty ready = new SimpleBooleanProperty(true);
        List<Boolean> offWhileSpooling = new ArrayList<>();
        robot.interact(() -> {
            PrintButton.install(print, message, () -> null, ready, (page, owner) -> {
                offWhileSpooling.add(print.isDisabled());
                print.fire(); // the second click
                return "Sent to the printer";
            });
            print.fire();
        });

        assertThat(offWhileSpooling).as("one job, with the button off while it ran").containsExactly(true);
        assertThat(message.getText()).isEqualTo("Sent to the printer");
        assertThat(print.isDisabled()).as("on again once answered").isFalse();
        robot.interact(() -> ready.set(false));
        assertThat(print.isDisabled()).as("no receipt, nothing to print").isTrue();
    }
}
