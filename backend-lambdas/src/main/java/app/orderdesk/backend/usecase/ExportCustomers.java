package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.port.CustomerDirectory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * GET /customers/export.csv (managers): the whole directory as CSV. Cells that a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or CR) are prefixed with an apostrophe, so a name
 * typed in by a caller cannot execute in the manager's spreadsheet.
 */
public final class ExportCustomers {

    static final String[] HEADER = {"customerId", "email", "name", "phone", "firstOrderAt", "lastOrderAt"};
    private static final int PAGE = 500;

    private final CustomerDirectory customers;

    public ExportCustomers(CustomerDirectory customers) {
        this.customers = customers;
    }

    public String execute() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            String cursor = null;
            do {
                var page = customers.list(PAGE, cursor);
                for (CustomerRecord c : page.items()) {
                    csv.printRecord(c.customerId(), safe(c.email()), safe(c.name()), safe(c.phoneE164()),
                            c.firstOrderAt(), c.lastOrderAt());
                }
                cursor = page.cursor();
            } while (cursor != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
