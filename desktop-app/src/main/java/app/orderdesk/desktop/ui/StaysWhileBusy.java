package app.orderdesk.desktop.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * A dialog whose request is under way stays open until its answer: Cancel (and Esc, which presses it) is off and the
 * window's close button does nothing while {@code busy}. Closed mid-request, a stock adjustment, refund, product save or
 * import still happened when it succeeded, and when it failed its error went to a dialog no one saw any more (audit,
 * session 33). The answer is at most the API client's timeout away; the dialog's spinner shows it is coming.
 */
public final class StaysWhileBusy {

    private StaysWhileBusy() {}

    public static void install(Stage dialog, Button cancel, ObservableBooleanValue busy) {
        cancel.disableProperty().bind(busy);
        dialog.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (busy.get()) {
                e.consume();
            }
        });
    }
}
