package app.orderdesk.desktop.order;

/** The test payment tokens the payment step understands, with the words staff see. */
public enum PaymentOption {
    VISA("tok_visa", "Visa (approves)"),
    DECLINED("tok_chargeDeclined", "Card declined"),
    PROCESSING_ERROR("tok_processingError", "Processing error");

    private final String token;
    private final String label;

    PaymentOption(String token, String label) {
        this.token = token;
        this.label = label;
    }

    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return label;
    }
}
