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
    private String requestKey;

    /** The request for {@code orderId} failed: its dialog opens with {@code typed} next time. */
    void keep(String orderId, T typed) {
        keep(orderId, typed, null);
    }

    /** As above, and the Idempotency-Key it went out with: sending the same answer again reuses it (ADR 0085). */
    void keep(String orderId, T typed, String requestKey) {
        this.orderId = orderId;
        this.answer = typed;
        this.requestKey = requestKey;
    }

    /**
     * The key to send {@code typed} for {@code id} with: the kept one when it is the same answer for the same order —
     * a re-send of a request that may have gone through, which the server must not apply a second time — else a new one.
     */
    String requestKeyFor(String id, T typed) {
        boolean resend = requestKey != null && id != null && id.equals(orderId) && java.util.Objects.equals(typed, answer);
        return resend ? requestKey : java.util.UUID.randomUUID().toString();
    }

    /** The request went through: nothing is waiting to be sent again. */
    void sent() {
        orderId = null;
        answer = null;
        requestKey = null;
    }

    /** What was typed for {@code id} and not sent; empty for any other order. */
    Optional<T> forOrder(String id) {
        return id != null && id.equals(orderId) ? Optional.ofNullable(answer) : Optional.empty();
    }
}
