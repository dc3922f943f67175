package app.orderdesk.desktop.inventory;

/** The reason codes of a stock adjustment, with the words managers see. */
public enum AdjustReason {
    RECEIVED("Received", 1),
    COUNT("Count", 0),
    DAMAGED("Damaged", -1),
    THEFT_LOSS("Theft/loss", -1),
    RETURN_RESTOCK("Return restock", 1),
    CORRECTION("Correction", 0);

    private final String label;
    // +1: only adds stock (goods came in), -1: only removes it (goods gone), 0: either way.
    private final int direction;

    AdjustReason(String label, int direction) {
        this.label = label;
        this.direction = direction;
    }

    /** Why {@code delta} does not fit this reason, or empty when it does. */
    public String mismatch(int delta) {
        if (direction < 0 && delta > 0) {
            return label + " lowers the stock: enter a negative change, e.g. -" + delta;
        }
        if (direction > 0 && delta < 0) {
            return label + " adds stock: enter a positive change, e.g. +" + (-delta) + ", or choose another reason";
        }
        return "";
    }

    /** The words for a reason code from the server (sales included); the code itself when unknown. */
    public static String describe(String code) {
        if (code == null) {
            return "";
        }
        if ("SALE".equals(code)) {
            return "Sale";
        }
        for (AdjustReason reason : values()) {
            if (reason.name().equals(code)) {
                return reason.label;
            }
        }
        return code;
    }

    @Override
    public String toString() {
        return label;
    }
}
