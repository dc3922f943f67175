package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.port.CustomerDirectory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * GET /customers/export.csv (managers): the whole directory as CSV. Cells that a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or CR) are prefixed with an apostrophe, so a name
 * typed in by a caller cannot execute in the manager's spreadsheet. First and last order times are ISO-8601 with the
 * store's offset, to the second ({@code 2026-03-02T00:30:00+01:00}): the store's day and wall-clock time, still
 * machine-readable (they were UTC instants, so a Berlin order at 00:30 read as the day before).
 */
public final class ExportCustomers {

    static final String[] HEADER = {"customerId", "email", "name", "phone", "firstOrderAt", "lastOrderAt"};
    private static final int PAGE = 500;

    private final CustomerDirectory customers;
    private final ZoneId storeZone;

    public ExportCustomers(CustomerDirectory customers, ZoneId storeZone) {
        this.customers = customers;
        this.storeZone = storeZone;
    }

    public String execute() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            String cursor = null;
            do {
                var page = customers.list(PAGE, cursor);
                for (CustomerRecord c : page.items()) {
                    csv.printRecord(c.customerId(), safe(c.email()), safe(c.name()), safe(c.phoneE164()),
                            storeTime(c.firstOrderAt()), storeTime(c.lastOrderAt()));
                }
                cursor = page.cursor();
            } while (cursor != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String storeTime(Instant at) {
        return at == null ? null
                : at.atZone(storeZone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
