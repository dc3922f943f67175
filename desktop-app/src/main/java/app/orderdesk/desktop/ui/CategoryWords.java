package app.orderdesk.desktop.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * h-b (issue 13): a product's tax category in the desk's words ({@code food} → "Food", "Lebensmittel").
 * Categories are words a manager types into the store settings, so a category the bundles do not know
 * is shown as it was typed. The key itself stays what is stored, sent and exported (the count import
 * reads it back).
 */
public final class CategoryWords {

    /** The categories the bundles have words for ({@code category.name.<name>}): common shop tax categories. */
    public static final List<String> KNOWN = List.of("food", "drinks", "books", "newspapers", "clothing", "electronics",
            "household", "toys", "services", "medicine", "general", "reduced", "standard");

    private CategoryWords() {}

    /** The words for {@code category}, or the category as typed when the bundles have none; "" for none. */
    public static String of(String category) {
        if (category == null || category.isBlank()) {
            return "";
        }
        return Messages.textOr("category.name." + category.strip().toLowerCase(Locale.ROOT), category.strip());
    }

    /** True when {@code category} is shown in other words than its name. */
    public static boolean hasWords(String category) {
        return category != null && !category.isBlank() && Messages.has("category.name." + category.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * "food: Food · books: Books" for the categories of {@code categories} that have words, in the order
     * given; "" when none has (the store settings show which name the desk shows how).
     */
    public static String legend(Collection<String> categories) {
        String known = categories.stream().filter(CategoryWords::hasWords)
                .map(c -> Messages.text("category.legend.item", c.strip(), of(c)))
                .collect(Collectors.joining(" · "));
        return known.isEmpty() ? "" : Messages.text("category.legend", known);
    }
}
