package app.orderdesk.desktop.orders;

import java.util.Optional;

/**
 * What a person typed into a dialog whose request then failed (a cancel reason, a payment's note, an undo's reason),
 * kept for that order's next try: the dialog closes when its request goes out, and the reason was gone with it —
 * typed again from memory, if at all (session 33's audit). One answer at a time; FX thread only; never on disk.
 */
final class UnsentAnswer<T> {

    private String orderId;
    private T answer;

    /** The request for {@code orderId} failed: its dialog opens with {@code typed} next time. */
    void keep(String orderId, T typed) {
        this.orderId = orderId;
        this.answer = typed;
    }

    /** The request went through: nothing is waiting to be sent again. */
    void sent() {
        orderId = null;
        answer = null;
    }

    /** What was typed for {@code id} and not sent; empty for any other order. */
    Optional<T> forOrder(String id) {
        return id != null && id.equals(orderId) ? Optional.ofNullable(answer) : Optional.empty();
    }
}
