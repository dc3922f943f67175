package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dates and times in the store's locale and time zone, not the machine's and not ISO patterns. */
class StoreDatesTest {

    private static final Instant AT = Instant.parse("2026-11-29T13:05:09Z");

    @AfterEach
    void backToTheDefaults() {
        StoreDates.useStore("en-US", "");
    }

    @Test
    void aGermanStoreGetsGermanDatesAtBerlinTime() {
        StoreDates.useStore("de-DE", "Europe/Berlin");

        assertThat(plain(StoreDates.dateTime(AT))).isEqualTo("29.11.2026, 14:05");
        assertThat(plain(StoreDates.dateTimeSeconds(AT))).isEqualTo("29.11.2026, 14:05:09");
        assertThat(plain(StoreDates.date(AT))).isEqualTo("29.11.2026");
    }

    @Test
    void aUsStoreGetsUsDatesAtNewYorkTime() {
        StoreDates.useStore("en-US", "America/New_York");

        assertThat(plain(StoreDates.dateTime(AT))).isEqualTo("Nov 29, 2026, 8:05 AM");
        assertThat(plain(StoreDates.date(AT))).isEqualTo("Nov 29, 2026");
    }

    /** Session 32: a store day typed and shown as the store writes dates, whatever this PC's locale. */
    @Test
    void aStoreDayIsTypedAndShownAsTheStoreWritesDates() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 30);
        StoreDates.useStore("de-DE", "Europe/Berlin");
        assertThat(StoreDates.typedDay().format(day)).isEqualTo("30.11.2026");
        assertThat(StoreDates.parseTypedDay(" 30.11.2026 ")).isEqualTo(day);
        assertThat(StoreDates.parseTypedDay("30.11.26")).as("a two-digit year is this century's").isEqualTo(day);
        assertThat(StoreDates.parseTypedDay("2026-11-30")).isEqualTo(day);
        assertThat(StoreDates.parseTypedDay("11/30/2026")).as("the US form is not a German store's").isNull();
        assertThat(StoreDates.parseTypedDay("31.11.2026")).as("no such day").isNull();
        assertThat(plain(StoreDates.date(day))).isEqualTo("30.11.2026");
        assertThat(StoreDates.dayAndMonth(day)).isEqualTo("30.11.");

        StoreDates.useStore("en-US", "America/New_York");
        assertThat(StoreDates.typedDay().format(day)).isEqualTo("11/30/2026");
        assertThat(StoreDates.parseTypedDay("11/30/26")).isEqualTo(day);
        assertThat(StoreDates.parseTypedDay("30.11.2026")).isNull();
        assertThat(StoreDates.dayAndMonth(day)).isEqualTo("11/30");
    }

    @Test
    void anInstantFromTheApiReadsTheSameWayAndOtherTextStaysAsItCame() {
        StoreDates.useStore("de-DE", "Europe/Berlin");

        assertThat(plain(StoreDates.dateTime("2026-11-29T13:05:09Z"))).isEqualTo("29.11.2026, 14:05");
        assertThat(StoreDates.dateTime("yesterday")).isEqualTo("yesterday");
    }

    @Test
    void noZoneInTheSettingsMeansThisComputersZone() {
        StoreDates.useStore("de-DE", "Europe/Berlin");
        StoreDates.useStore("de-DE", "");

        String expected = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm")
                .withZone(ZoneId.systemDefault()).format(AT);
        assertThat(plain(StoreDates.dateTime(AT))).isEqualTo(expected);
    }

    @Test
    void anUnknownSettingKeepsTheFormatInUse() {
        StoreDates.useStore("de-DE", "Europe/Berlin");
        StoreDates.useStore("not a tag!", "Mars/Olympus");

        assertThat(plain(StoreDates.dateTime(AT))).isEqualTo("29.11.2026, 14:05");
        assertThat(StoreDates.dateTime((Instant) null)).isEmpty();
    }

    /** The JDK's CLDR data puts narrow no-break spaces before AM/PM; compare what people read. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
