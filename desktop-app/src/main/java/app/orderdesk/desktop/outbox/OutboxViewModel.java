package app.orderdesk.desktop.outbox;

import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The Outbox screen's model: shows what the {@link OutboxSender} holds and passes people's choices
 * (send now, try a refused order again, discard it) to it. It sends nothing itself: the sender runs
 * from sign-in to sign-out whether or not this screen is ever opened.
 */
public final class OutboxViewModel {

    private final OutboxSender sender;

    public OutboxViewModel(OutboxSender sender) {
        this.sender = sender;
    }

    /** Sends now instead of waiting for the next try (e.g. after the connection is back). */
    public void retryNow() {
        sender.retryNow();
    }

    /** Puts a refused entry back in the queue, after people fixed what the server refused. */
    public void requeue(OutboxEntry entry) {
        if (entry != null) {
            sender.requeue(entry);
        }
    }

    /** Forgets a refused entry for good. */
    public void discard(OutboxEntry entry) {
        if (entry != null) {
            sender.discard(entry);
        }
    }

    public ObservableList<OutboxEntry> entries() {
        return sender.entries();
    }

    public IntegerBinding queuedCountBinding() {
        return sender.queuedCountBinding();
    }

    public ReadOnlyStringProperty messageProperty() {
        return sender.messageProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sender.sendingProperty();
    }

    /** Support's session: the queue is shown, and sending, retrying and discarding are left to staff and managers. */
    public ReadOnlyBooleanProperty heldProperty() {
        return sender.heldProperty();
    }

    /**
     * What the State column says of {@code entry}: refused (why), being sent now, or waiting. Short: the sentence
     * "Queued — will be sent when the connection is back" was cut in the column at 1280 px in German (session 20); the
     * message above the list and the intro say the rest.
     */
    public String stateOf(OutboxEntry entry) {
        if (entry.status() == OutboxEntry.Status.FAILED) {
            return app.orderdesk.desktop.ui.Messages.text("outbox.refused", entry.failure());
        }
        return entry.idempotencyKey().equals(sender.inFlightProperty().get())
                ? app.orderdesk.desktop.ui.Messages.text("outbox.state.sending") : app.orderdesk.desktop.ui.Messages.text("outbox.state.waiting");
    }

    /** Changes when a send starts or ends (the State column follows it). */
    public ReadOnlyStringProperty inFlightProperty() {
        return sender.inFlightProperty();
    }
}
