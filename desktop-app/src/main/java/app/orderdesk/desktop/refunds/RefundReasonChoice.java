package app.orderdesk.desktop.refunds;

import app.orderdesk.desktop.ui.Messages;

/** The refund reason codes the server accepts, in the words support reads in the dialog. */
public enum RefundReasonChoice {
    CUSTOMER_REQUEST,
    DAMAGED,
    WRONG_ITEM,
    LATE,
    OTHER;

    @Override
    public String toString() {
        return Messages.text("refund.reason." + name());
    }
}
