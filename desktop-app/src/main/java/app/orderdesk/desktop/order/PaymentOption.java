package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Messages;

/** The test payment tokens the payment step understands; staff read them in words (messages.properties). */
public enum PaymentOption {
    VISA("tok_visa"),
    DECLINED("tok_chargeDeclined"),
    PROCESSING_ERROR("tok_processingError");

    private final String token;

    PaymentOption(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** What it does, for a tooltip. */
    public String hint() {
        return Messages.text("payment." + name() + ".hint");
    }

    @Override
    public String toString() {
        return Messages.text("payment." + name());
    }
}
