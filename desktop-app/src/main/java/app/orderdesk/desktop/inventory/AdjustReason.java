package app.orderdesk.desktop.inventory;

/** The reason codes of a stock adjustment, with the words managers see. */
public enum AdjustReason {
    RECEIVED("Received"),
    COUNT("Count"),
    DAMAGED("Damaged"),
    THEFT_LOSS("Theft/loss"),
    RETURN_RESTOCK("Return restock"),
    CORRECTION("Correction");

    private final String label;

    AdjustReason(String label) {
        this.label = label;
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
