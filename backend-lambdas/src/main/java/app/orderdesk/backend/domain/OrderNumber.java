package app.orderdesk.backend.domain;

/** The human-readable order number staff read back on the phone, e.g. {@code OD-000042}. */
public final class OrderNumber {

    private OrderNumber() {}

    public static String format(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("order sequence starts at 1");
        }
        return String.format("OD-%06d", sequence);
    }
}
