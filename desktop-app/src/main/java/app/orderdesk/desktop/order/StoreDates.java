package app.orderdesk.desktop.order;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
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

    /** A store day as the store writes it, e.g. "29.11.2026" or "Nov 29, 2026"; "" for none. */
    public static String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(store.locale()).format(day);
    }

    /** A store day from the API (ISO, "2026-11-29") as {@link #date(LocalDate)}; text that is no day as it came. */
    public static String day(String isoDay) {
        LocalDate day = isoDay(isoDay);
        return day != null ? date(day) : isoDay == null ? "" : isoDay;
    }

    /** A store day from the API as {@link #dayAndMonth(LocalDate)}; text that is no day as it came. */
    public static String dayAndMonth(String isoDay) {
        LocalDate day = isoDay(isoDay);
        return day != null ? dayAndMonth(day) : isoDay == null ? "" : isoDay;
    }

    private static LocalDate isoDay(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException notADay) {
            return null;
        }
    }

    /** Day and month alone, as the store's locale writes them ("29.11." in German, "11/29" in US English): chart labels. */
    public static String dayAndMonth(LocalDate day) {
        if (day == null) {
            return "";
        }
        try {
            return DateTimeFormatter.ofLocalizedPattern("Md").withLocale(store.locale()).format(day);
        } catch (DateTimeException noSuchPattern) {
            return DateTimeFormatter.ofPattern("MM-dd").format(day); // a locale without one ("MMdd" has none in en_US)
        }
    }

    /**
     * The form a date is typed in: the store locale's short date with a four-digit year ("30.11.2026", "11/30/2026"),
     * so what a person types is read as the store writes dates, not as this PC's locale would.
     */
    public static DateTimeFormatter typedDay() {
        return shortDate("uuuu");
    }

    /**
     * A typed date: the {@link #typedDay} form, or with a two-digit year (26 is 2026), or ISO (2026-11-30); null if
     * none, or a day the month does not have (31.11. is no date, not 30.11.).
     */
    public static LocalDate parseTypedDay(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter form : java.util.List.of(typedDay(), shortDate("uu"), DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text.strip(), form);
            } catch (java.time.format.DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return null;
    }

    /** The store locale's short date with its year written as {@code year} ("uuuu", "uu"), read strictly. */
    private static DateTimeFormatter shortDate(String year) {
        Locale locale = store.locale();
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("[yu]+", year), locale).withResolverStyle(java.time.format.ResolverStyle.STRICT);
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
