package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Enter on a focused check box in a dialog takes the default button and leaves the box as it was; Space still ticks. */
@ExtendWith(ApplicationExtension.class)
class EnterTakesTheDefaultButtonScreenTest {

    private CheckBox restock;
    private final AtomicInteger refunds = new AtomicInteger();

    @Start
    void start(Stage stage) {
        restock = new CheckBox("Back to stock");
        restock.setSelected(true);
        Button refund = new Button("Refund");
        refund.setDefaultButton(true);
        refund.setOnAction(e -> refunds.incrementAndGet());
        Scene scene = new Scene(new VBox(8, restock, refund), 300, 200);
        EnterTakesTheDefaultButton.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void enterOnACheckBoxConfirmsWithoutTicking(FxRobot robot) {
        robot.interact(restock::requestFocus);

        robot.type(KeyCode.ENTER);

        assertThat(restock.isSelected()).as("Back to stock, after Enter").isTrue();
        assertThat(refunds).as("the default button fired").hasValue(1);

        robot.type(KeyCode.SPACE);
        assertThat(restock.isSelected()).as("Space still unticks").isFalse();
        assertThat(refunds).hasValue(1);
    }
}
