package app.orderdesk.backend.usecase;

import app.orderdesk.backend.errors.ValidationFailedException;
import java.util.regex.Pattern;

/** Order ids are UUIDs; anything else in a path is rejected before touching the database. */
final class OrderIds {

    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private OrderIds() {}

    static String require(String orderId) {
        if (orderId == null || !UUID.matcher(orderId).matches()) {
            throw new ValidationFailedException("id", "not a valid order id");
        }
        return orderId.toLowerCase(java.util.Locale.ROOT);
    }
}
