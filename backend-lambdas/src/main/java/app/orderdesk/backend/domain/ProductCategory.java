package app.orderdesk.backend.domain;

import java.util.regex.Pattern;

/**
 * A product's tax category ("food", "books"): lower-case letters, digits and dashes, so the same
 * word in a product and in the store's rates always matches and is safe as a field name in errors.
 */
public final class ProductCategory {

    public static final String RULE = "must be 1 to 30 lower-case letters, digits or dashes, such as food or books";
    private static final Pattern VALID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,29}$");

    private ProductCategory() {}

    public static boolean isValid(String category) {
        return category != null && VALID.matcher(category).matches();
    }
}
