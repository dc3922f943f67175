package app.orderdesk.desktop.refunds;

/** The refund reason codes the server accepts, in the words support reads in the dialog. */
public enum RefundReasonChoice {
    CUSTOMER_REQUEST("Customer request"),
    DAMAGED("Damaged"),
    WRONG_ITEM("Wrong item sent"),
    LATE("Arrived late"),
    OTHER("Other");

    private final String words;

    RefundReasonChoice(String words) {
        this.words = words;
    }

    @Override
    public String toString() {
        return words;
    }
}
