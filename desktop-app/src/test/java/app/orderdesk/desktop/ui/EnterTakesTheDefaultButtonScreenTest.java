package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Enter on a focused check box in a dialog takes the default button and leaves the box as it was; Space still ticks.
 * Ctrl+Enter takes it from a note, where Enter is a new line; a disabled default button is left alone.
 */
@ExtendWith(ApplicationExtension.class)
class EnterTakesTheDefaultButtonScreenTest {

    private CheckBox restock;
    private TextArea note;
    private Button refund;
    private final AtomicInteger refunds = new AtomicInteger();

    @Start
    void start(Stage stage) {
        restock = new CheckBox("Back to stock");
        restock.setSelected(true);
        refund = new Button("Refund");
        note = new TextArea();
        refund.setDefaultButton(true);
        refund.setOnAction(e -> refunds.incrementAndGet());
        Scene scene = new Scene(new VBox(8, restock, note, refund), 300, 200);
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

    @Test
    void ctrlEnterInANoteConfirmsWhereEnterStartsANewLine(FxRobot robot) {
        robot.interact(note::requestFocus);

        robot.write("Chipped").type(KeyCode.ENTER).write("rim");
        assertThat(refunds).as("Enter in the note").hasValue(0);
        assertThat(note.getText()).isEqualTo("Chipped\nrim");

        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        assertThat(refunds).as("Ctrl+Enter in the note").hasValue(1);
        assertThat(note.getText()).as("the note as typed").isEqualTo("Chipped\nrim");

        robot.interact(() -> refund.setDisable(true));
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        assertThat(refunds).as("Ctrl+Enter while the default button is off").hasValue(1);
    }
}
