package app.orderdesk.desktop.inventory;

import app.orderdesk.desktop.ui.Messages;

/** The reason codes of a stock adjustment, with the words managers see. */
public enum AdjustReason {
    RECEIVED(1),
    COUNT(0),
    DAMAGED(-1),
    THEFT_LOSS(-1),
    RETURN_RESTOCK(1),
    CORRECTION(0);

    // +1: only adds stock (goods came in), -1: only removes it (goods gone), 0: either way.
    private final int direction;

    AdjustReason(int direction) {
        this.direction = direction;
    }

    /** Why {@code delta} does not fit this reason, or empty when it does. */
    public String mismatch(int delta) {
        if (direction < 0 && delta > 0) {
            return Messages.text("adjust.reason.lowers", label(), "-" + delta);
        }
        if (direction > 0 && delta < 0) {
            return Messages.text("adjust.reason.adds", label(), "+" + (-delta));
        }
        return "";
    }

    /** The words for a reason code from the server (sales included); the code itself when unknown. */
    public static String describe(String code) {
        if (code == null) {
            return "";
        }
        return Messages.textOr("reason." + code, code);
    }

    /** The words managers see, from the bundle ({@code reason.CODE}). */
    public String label() {
        return Messages.text("reason." + name());
    }

    @Override
    public String toString() {
        return label();
    }
}
