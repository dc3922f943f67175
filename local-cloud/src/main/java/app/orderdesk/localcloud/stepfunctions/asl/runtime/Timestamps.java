package app.orderdesk.localcloud.stepfunctions.asl.runtime;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats instants the way the context object shows them ({@code 2024-01-01T00:00:00.000Z}). */
public final class Timestamps {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    /** The last second formatted: every state entry formats a time, and most fall in the same second. */
    private static volatile FormattedSecond last = new FormattedSecond(Long.MIN_VALUE, "");

    private record FormattedSecond(long epochSecond, String text) {}

    private Timestamps() {}

    public static String format(Instant instant) {
        FormattedSecond second = last;
        if (second.epochSecond() != instant.getEpochSecond()) {
            second = new FormattedSecond(instant.getEpochSecond(), SECONDS.format(instant));
            last = second;
        }
        int millis = instant.getNano() / 1_000_000;
        StringBuilder text = new StringBuilder(second.text().length() + 5).append(second.text()).append('.');
        if (millis < 100) {
            text.append('0');
        }
        if (millis < 10) {
            text.append('0');
        }
        return text.append(millis).append('Z').toString();
    }
}
