package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Messages;

/**
 * How the caller pays: by card, typed into the virtual terminal's card field (which yields the token),
 * or on invoice / on delivery (a fixed token the gateway records without a card). Words in messages.properties.
 */
public enum PaymentOption {
    PAY_ON_DELIVERY(PaymentTokens.PAY_ON_DELIVERY),
    CARD(null);

    private final String fixedToken;

    PaymentOption(String fixedToken) {
        this.fixedToken = fixedToken;
    }

    /** The token this option always sends; null for a card (its token comes from the card field). */
    public String fixedToken() {
        return fixedToken;
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
