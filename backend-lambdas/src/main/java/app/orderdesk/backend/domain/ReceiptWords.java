package app.orderdesk.backend.domain;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words a receipt and its email are written in, from the {@code receipt} bundle in the store's
 * language. A language without a bundle of its own gets English: never the language of the machine
 * the function happens to run on, so the same store always gets the same receipt.
 */
public final class ReceiptWords {

    static final String BUNDLE = "app.orderdesk.backend.domain.receipt";
    private static final ResourceBundle.Control ENGLISH_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReceiptWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReceiptWords.class.getClassLoader(), ENGLISH_FALLBACK);
    }

    public static ReceiptWords of(StoreSettings store) {
        return of(store.javaLocale());
    }

    public static ReceiptWords of(Locale locale) {
        return new ReceiptWords(locale);
    }

    /** The text under {@code key} with its placeholders filled in. */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The language the words are in ("de" for a de-DE store without a de-DE bundle of its own is still "de"). */
    public String language() {
        return bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale().getLanguage();
    }

    /** When something happened, in the store's time zone and the language's way of writing a date. */
    public String date(Instant when, StoreSettings store) {
        return DateTimeFormatter.ofPattern(bundle.getString("receipt.datePattern"), locale).withZone(store.zone()).format(when);
    }
}
