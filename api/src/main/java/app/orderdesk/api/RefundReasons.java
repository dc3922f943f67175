package app.orderdesk.api;

import java.util.List;

/** The reason codes a refund may carry, in the order the desktop offers them. */
public final class RefundReasons {
    public static final List<String> ALL = List.of("CUSTOMER_REQUEST", "DAMAGED", "WRONG_ITEM", "LATE", "OTHER");

    private RefundReasons() {}
}
