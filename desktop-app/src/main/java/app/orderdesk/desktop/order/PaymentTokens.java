package app.orderdesk.desktop.order;

/** Payment tokens with a meaning of their own (the API's {@code paymentToken} stays one string). */
public final class PaymentTokens {

    /**
     * Invoice / pay on delivery: no card. The backend's simulated gateway approves every {@code tok_*}
     * it does not know and its receipt names this one in words (CardBrands).
     */
    public static final String PAY_ON_DELIVERY = "tok_payOnDelivery";

    private PaymentTokens() {}
}
