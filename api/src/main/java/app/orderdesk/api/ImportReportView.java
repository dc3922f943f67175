package app.orderdesk.api;

import java.util.List;

/**
 * What POST /inventory/import did (or, with {@code dryRun}, would do) per CSV row; {@code row} is the
 * 1-based line number in the file (the header is line 1).
 */
public record ImportReportView(boolean dryRun, Counts counts, List<Row> rows) {

    /** How one row ended. */
    public enum Status { UPDATED, UNCHANGED, ERROR }

    /** One data row: the SKU (or product id) as written, the outcome, and the count before and after. */
    public record Row(int row, String sku, Status status, String message, Long before, Long after) {}

    /** Totals over all data rows. */
    public record Counts(int rows, int updated, int unchanged, int errors) {}
}
