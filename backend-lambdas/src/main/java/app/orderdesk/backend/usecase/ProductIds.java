package app.orderdesk.backend.usecase;

import app.orderdesk.backend.errors.ValidationFailedException;
import java.util.regex.Pattern;

/** Product ids in a path: 1 to 64 visible ASCII characters; anything else is rejected before the database. */
final class ProductIds {

    private static final Pattern ID = Pattern.compile("^[\\x21-\\x7E]{1,64}$");

    private ProductIds() {}

    static String require(String productId) {
        if (productId == null || !ID.matcher(productId).matches()) {
            throw new ValidationFailedException("id", "not a valid product id");
        }
        return productId;
    }
}
