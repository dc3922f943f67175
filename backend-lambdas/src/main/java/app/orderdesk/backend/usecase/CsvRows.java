package app.orderdesk.backend.usecase;

import app.orderdesk.backend.errors.ValidationFailedException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text with Apache Commons CSV (RFC 4180: a quoted field may hold commas, {@code ""} and
 * line breaks), skipping blank lines, and keeps the line each row starts on for the report.
 */
final class CsvRows {

    /** A non-blank row: its trimmed fields and the 1-based line it starts on, as an editor shows it. */
    record Row(int line, List<String> fields) {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // blank lines are dropped below, so record positions stay exact
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private CsvRows() {}

    /** At most {@code limit} rows (the caller treats {@code limit} + 1 as too many); a malformed file is a 400 naming {@code csv}. */
    static List<Row> read(String text, int limit) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] lineStarts = lineStarts(body);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(body))) {
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                if (fields.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), fields));
                if (rows.size() > limit) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new ValidationFailedException("csv", "the file is not valid CSV (" + reason(malformed) + ")");
        }
        return rows;
    }

    private static String reason(Exception malformed) {
        Throwable cause = malformed instanceof UncheckedIOException u ? u.getCause() : malformed;
        String message = cause.getMessage() == null ? "unreadable" : cause.getMessage();
        return message.contains("EOF") ? "a quoted field is not closed" : message;
    }

    /** Offsets where each line begins; {@code \r\n}, {@code \n} and {@code \r} each end a line. */
    private static int[] lineStarts(String body) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == body.length() || body.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
