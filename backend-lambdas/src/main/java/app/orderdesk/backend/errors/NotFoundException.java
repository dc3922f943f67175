package app.orderdesk.backend.errors;

/** The requested resource does not exist; {@code code} is the API error code (NOT_FOUND, RECEIPT_NOT_READY). */
public class NotFoundException extends RuntimeException {
    private final String code;

    public NotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    public static NotFoundException order(String orderId) {
        return new NotFoundException("NOT_FOUND", "No order with id " + orderId);
    }

    public String code() {
        return code;
    }
}
