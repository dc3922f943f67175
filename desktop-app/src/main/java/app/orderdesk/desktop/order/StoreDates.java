package app.orderdesk.desktop.order;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Formats instants for display in the store's locale and time zone (from the store settings, applied
 * with {@link Money} at sign-in and when a manager saves them): a German store reads 29.11.2026, 14:05,
 * a US store Nov 29, 2026, 2:05 PM, both at the store's wall-clock time whatever the PC's zone is.
 */
public final class StoreDates {

    private record StoreClock(Locale locale, ZoneId zone) {}

    // Until the store's settings arrive: the stack's default locale (en-US) and this computer's zone.
    private static volatile StoreClock store = new StoreClock(Locale.US, ZoneId.systemDefault());

    private StoreDates() {}

    /** Date and time, e.g. "29.11.2026, 14:05" (de-DE) or "Nov 29, 2026, 2:05 PM" (en-US); "" for none. */
    public static String dateTime(Instant at) {
        return at == null ? "" : format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), at);
    }

    /** An ISO-8601 instant from the API (e.g. "2026-11-29T13:05:09Z") as {@link #dateTime(Instant)}; unparseable text as it came. */
    public static String dateTime(String isoInstant) {
        if (isoInstant == null || isoInstant.isBlank()) {
            return "";
        }
        try {
            return dateTime(Instant.parse(isoInstant));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return isoInstant;
        }
    }

    /** Date and time to the second, for stock history where several movements share a minute. */
    public static String dateTimeSeconds(Instant at) {
        return at == null ? "" : format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM), at);
    }

    /** The date alone, e.g. "29.11.2026" or "Nov 29, 2026". */
    public static String date(Instant at) {
        return at == null ? "" : format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), at);
    }

    /** The zone dates are shown in: the store's once its settings arrived, else this computer's. */
    public static ZoneId zone() {
        return store.zone();
    }

    private static String format(DateTimeFormatter style, Instant at) {
        StoreClock current = store;
        return style.withLocale(current.locale()).withZone(current.zone()).format(at);
    }

    /**
     * Formats from now on as the store says ("de-DE", "Europe/Berlin"). A tag or zone the JDK does not
     * know keeps that part as it was: a wrong setting must not break every date on screen. A blank zone
     * means this computer's zone.
     */
    public static void useStore(String localeTag, String timeZone) {
        StoreClock current = store;
        Locale locale = current.locale();
        ZoneId zone = current.zone();
        try {
            locale = new Locale.Builder().setLanguageTag(localeTag).build();
        } catch (IllformedLocaleException | NullPointerException unknown) {
            // keep the locale in use
        }
        try {
            zone = timeZone == null || timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            // keep the zone in use
        }
        store = new StoreClock(locale, zone);
    }
}
