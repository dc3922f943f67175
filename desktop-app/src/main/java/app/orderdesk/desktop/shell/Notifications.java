package app.orderdesk.desktop.shell;

import app.orderdesk.desktop.client.ErrorMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the window tells people outside the screen they look at: the latest notice (an error with the
 * server's message, or news such as a queued order sent) and whether the API answered lately.
 * Call it on the FX thread (from executor callbacks).
 */
public final class Notifications {

    /** One notice; {@code error} decides its colour. */
    public record Notice(String text, boolean error, long sequence) {}

    private final ReadOnlyObjectWrapper<Notice> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(true);
    private long sequence;

    public void info(String text) {
        current.set(new Notice(text, false, ++sequence));
    }

    public void error(String text) {
        current.set(new Notice(text, true, ++sequence));
    }

    /** Reports a failed call: {@code what} says what failed, the rest comes from the server. */
    public void failure(String what, Throwable failure) {
        if (ErrorMessages.isConnectionProblem(failure)) {
            online.set(false);
        }
        error(what + ": " + ErrorMessages.describe(failure));
    }

    /** A call got an answer: the API is reachable. */
    public void reachable() {
        online.set(true);
    }

    public void unreachable() {
        online.set(false);
    }

    public void dismiss() {
        current.set(null);
    }

    public ReadOnlyObjectProperty<Notice> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }
}
