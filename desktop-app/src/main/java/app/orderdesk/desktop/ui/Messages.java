package app.orderdesk.desktop.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words people read, from {@code messages.properties} next to this class: statuses, workflow
 * steps, errors, roles and payment choices, so codes never reach the screen and a second language
 * is a second file.
 */
public final class Messages {

    static final String BUNDLE = "app.orderdesk.desktop.ui.messages";

    private Messages() {}

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The text for {@code key}, formatted with {@code args}; the key itself when it is missing (visible, not fatal). */
    public static String text(String key, Object... args) {
        String pattern = textOr(key, key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /** The text for {@code key}, or {@code fallback} when the bundle has none. */
    public static String textOr(String key, String fallback) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** True when the bundle has {@code key}. */
    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** "ReserveStock" → "Reserve stock": the fallback for a code that has no words yet. */
    public static String humanize(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String spaced = code.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").strip().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * The language the desk's words are in: "en" for the default bundle, which every language without
     * a bundle of its own also gets.
     */
    public static String language() {
        String language = bundle().getLocale().getLanguage();
        return language.isEmpty() ? "en" : language;
    }
}
