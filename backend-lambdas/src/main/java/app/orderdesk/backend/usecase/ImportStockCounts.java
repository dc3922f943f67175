package app.orderdesk.backend.usecase;

import app.orderdesk.api.ImportReportView;
import app.orderdesk.api.ImportReportView.Row;
import app.orderdesk.api.ImportReportView.Status;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.TransientFailureException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.IdGenerator;
import app.orderdesk.backend.port.IdempotencyStore;
import app.orderdesk.backend.port.IdempotencyStore.IdempotencyRecord;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.InventoryRepository.InventoryQuery;
import app.orderdesk.backend.port.ProductCatalog;
import app.orderdesk.backend.port.StoreSettingsRepository;
import app.orderdesk.pricing.OrderTotals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * POST /inventory/import: sets each listed product's available count from a stock-take CSV
 * ({@code sku,count} or {@code productId,count}, optionally followed by {@code note} and/or {@code category}
 * columns). Each changed count is a COUNT movement through {@link AdjustStock}; a non-empty category
 * sets the product's category (it must be one of the store's rates; empty leaves it); unchanged rows
 * write nothing; a bad row is reported and never stops the others. With {@code dryRun} nothing is
 * written and the report shows what would be.
 *
 * <p>An Idempotency-Key makes sending the same file again safe (ADR 0084). Counts are absolute, so a plain
 * repeat would set them again over the sales made since; with the key, each row's COUNT movement has an id of
 * the import's own ({@link #movementIdOf}), a repeat after the first call finished writes nothing and answers
 * what was recorded, a repeat while it still runs is refused, and a repeat after it died finishes only the rows
 * it had not done.
 */
public final class ImportStockCounts {

    public static final int MAX_ROWS = 10_000;
    static final long MAX_COUNT = 1_000_000_000L;
    static final String DEFAULT_NOTE = "CSV import";
    private static final int LIST_PAGE = 500;
    static final int PARALLEL_ROWS = 8;
    /** Longer than the function's timeout (28 s): an unfinished claim this old belongs to a call that is gone. */
    static final Duration STILL_RUNNING_FOR = Duration.ofSeconds(30);
    static final Duration KEY_LIFETIME = Duration.ofDays(7);
    static final String ROW_UNAVAILABLE = "the stock service was unavailable; import this row again";

    private final InventoryRepository inventory;
    private final AdjustStock adjust;
    private final ProductCatalog catalog;
    private final StoreSettingsRepository settings;
    private final IdempotencyStore idempotency;
    private final IdGenerator ids;
    private final Clock clock;

    public ImportStockCounts(InventoryRepository inventory, AdjustStock adjust, ProductCatalog catalog,
                             StoreSettingsRepository settings, IdempotencyStore idempotency, IdGenerator ids, Clock clock) {
        this.inventory = inventory;
        this.adjust = adjust;
        this.catalog = catalog;
        this.settings = settings;
        this.idempotency = idempotency;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * One import's identity: its movements are stamped {@code at} and named after {@code importId}. {@code resumed}:
     * an earlier call with the key died part way, so rows may already be done; {@code replay}: it finished, write nothing.
     */
    private record Run(String importId, Instant at, boolean resumed, boolean replay) {}

    /** Where each column is: key and count first, then note and category in either order (-1 = absent). */
    private record Columns(boolean bySku, int note, int category, int size) {}

    /** Too many data rows: answered as 413 by the handler, like a too-large body. */
    public static final class TooManyRowsException extends RuntimeException {
        public TooManyRowsException() {
            super("The CSV has more than " + MAX_ROWS + " rows; split it into several files.");
        }
    }

    public ImportReportView execute(String csv, boolean dryRun, String actor) {
        return execute(csv, dryRun, actor, null);
    }

    public ImportReportView execute(String csv, boolean dryRun, String actor, String idempotencyKey) {
        if (idempotencyKey != null && !IdempotencyKeys.wellFormed(idempotencyKey)) {
            throw new ValidationFailedException("Idempotency-Key", IdempotencyKeys.KEY_RULE);
        }
        List<CsvRows.Row> csvRows = CsvRows.read(csv == null ? "" : csv, MAX_ROWS + 1);
        if (csvRows.isEmpty()) {
            throw new ValidationFailedException("header", "the CSV is empty; the first line must be sku,count or productId,count");
        }
        Columns columns = readHeader(csvRows.getFirst().fields());
        boolean bySku = columns.bySku();
        if (csvRows.size() - 1 > MAX_ROWS) {
            throw new TooManyRowsException();
        }
        // The settings item is read once, and only when the file sets categories.
        Set<String> categories = columns.category() < 0 ? Set.of() : settings.current().categoryTaxRates().keySet();
        String unknownCategory = columns.category() < 0 ? "" : "category " + SaveProduct.unknownCategory(settings.current());
        Map<String, StockLevel> levels = bySku ? levelsBySku() : Map.of();
        Map<String, Integer> seen = new HashMap<>();
        // Claimed only once the file is known to be readable: a bad request must not use up the key.
        String hash = IdempotencyKeys.hash("import\n" + (csv == null ? "" : csv));
        Run run = dryRun || idempotencyKey == null ? new Run(ids.newId(), clock.instant(), false, false) : claim(idempotencyKey, hash);
        List<Callable<Row>> work = new ArrayList<>();
        for (CsvRows.Row csvRow : csvRows.subList(1, csvRows.size())) {
            int number = csvRow.line();
            List<String> fields = csvRow.fields();
            Row invalid = check(number, fields, columns, seen, categories, unknownCategory);
            work.add(invalid != null ? () -> invalid : () -> apply(number, fields, columns, levels, dryRun, actor, run));
        }
        List<Row> rows = runAll(work);
        // Done only when every row had its answer: a row the stock service failed must be set by a repeat, which a
        // finished import (a replay, writing nothing) would report as unchanged.
        boolean everyRowAnswered = rows.stream().noneMatch(r -> ROW_UNAVAILABLE.equals(r.message()));
        if (idempotencyKey != null && !dryRun && !run.replay() && everyRowAnswered) {
            idempotency.putIfAbsent(new IdempotencyRecord(DONE + idempotencyKey, hash, run.importId(), clock.instant(),
                    run.at().plus(KEY_LIFETIME)));
        }
        int updated = (int) rows.stream().filter(r -> r.status() == Status.UPDATED).count();
        int unchanged = (int) rows.stream().filter(r -> r.status() == Status.UNCHANGED).count();
        return new ImportReportView(dryRun, new ImportReportView.Counts(rows.size(), updated, unchanged,
                rows.size() - updated - unchanged), rows);
    }

    /** The row's own mistakes (found before any I/O, in file order so duplicates name the first row); null when fine. */
    private static Row check(int number, List<String> fields, Columns columns, Map<String, Integer> seen,
                             Set<String> categories, String unknownCategory) {
        String key = fields.getFirst();
        if (key.isEmpty()) {
            return error(number, key, (columns.bySku() ? "sku" : "productId") + " is empty");
        }
        if (fields.size() < 2 || fields.size() > columns.size()) {
            return error(number, key, "expected " + (columns.size() == 2 ? "2" : "2 to " + columns.size()) + " columns, found " + fields.size());
        }
        if (parseCount(fields.get(1)) == null) {
            return error(number, key, "count must be a whole number between 0 and " + MAX_COUNT);
        }
        if (field(fields, columns.note()).length() > AdjustStock.MAX_NOTE) {
            return error(number, key, "note must be at most " + AdjustStock.MAX_NOTE + " characters");
        }
        String category = OrderTotals.normalCategory(field(fields, columns.category()));
        if (category != null && !categories.contains(category)) {
            return error(number, key, unknownCategory);
        }
        Integer earlier = seen.putIfAbsent(key.toLowerCase(Locale.ROOT), number);
        if (earlier != null) {
            return error(number, key, "already listed on row " + earlier + "; each product may appear once");
        }
        return null;
    }

    private static final String CLAIM = "import:";
    private static final String DONE = "import-done:";

    /** The key's run: a new one, or the one an earlier call with the same file started. */
    private Run claim(String key, String hash) {
        Instant now = clock.instant();
        var claim = new IdempotencyRecord(CLAIM + key, hash, ids.newId(), now, now.plus(KEY_LIFETIME));
        Optional<IdempotencyRecord> earlier = idempotency.putIfAbsent(claim);
        if (earlier.isEmpty()) {
            return new Run(claim.orderId(), now, false, false);
        }
        IdempotencyRecord first = earlier.get();
        if (!first.requestHash().equals(hash)) {
            throw new ConflictException("IDEMPOTENCY_CONFLICT",
                    "This Idempotency-Key was already used for a different file; use a new key for a new import.");
        }
        if (idempotency.find(DONE + key).isPresent()) {
            return new Run(first.orderId(), first.createdAt(), true, true);
        }
        if (now.isBefore(first.createdAt().plus(STILL_RUNNING_FOR))) {
            throw new ConflictException("IMPORT_IN_PROGRESS",
                    "This import is still being applied; wait half a minute, then send it again to see its results.");
        }
        return new Run(first.orderId(), first.createdAt(), true, false);
    }

    /** A row's COUNT movement: the same id each time the same import (one key) is sent, unique per product. */
    static String movementIdOf(Instant at, String importId, String productId) {
        return AdjustStock.movementId(at, importId + "-" + productId);
    }

    private Row apply(int number, List<String> fields, Columns columns, Map<String, StockLevel> levels,
                      boolean dryRun, String actor, Run run) {
        boolean bySku = columns.bySku();
        String key = fields.getFirst();
        long count = parseCount(fields.get(1));
        String note = field(fields, columns.note()).isBlank() ? DEFAULT_NOTE : field(fields, columns.note());
        Optional<StockLevel> level = bySku ? Optional.ofNullable(levels.get(key.toLowerCase(Locale.ROOT)))
                : find(key);
        if (level.isEmpty()) {
            return error(number, key, bySku ? "unknown SKU" : "unknown product id");
        }
        long before = level.get().available();
        String category = OrderTotals.normalCategory(field(fields, columns.category()));
        boolean recategorise = category != null && !category.equals(level.get().product().category());
        String productId = level.get().product().productId();
        String movementId = movementIdOf(run.at(), run.importId(), productId);
        if (run.replay()) {
            // The first call finished: answer what it recorded, and set nothing again over the sales made since.
            return adjust.recorded(productId, movementId).map(m -> new Row(number, key, Status.UPDATED, null, m.before(), m.after()))
                    .orElseGet(() -> new Row(number, key, Status.UNCHANGED, null, count, count));
        }
        if (!run.resumed() && (dryRun || count == before && !recategorise)) {
            return new Row(number, key, count == before && !recategorise ? Status.UNCHANGED : Status.UPDATED, null, before, count);
        }
        try {
            // The count first: when it is refused the row changed nothing (the category write cannot be refused
            // but by a product that is gone).
            // A resumed run asks even when the count looks right: the row may be one the first call did.
            Optional<StockMovement> moved = count == before && !run.resumed() ? Optional.empty()
                    : adjust.setCount(productId, count, actor, note, movementId, run.at());
            if (recategorise && !catalog.setCategory(level.get().product().productId(), category)) {
                return error(number, key, bySku ? "unknown SKU" : "unknown product id");
            }
            return moved.map(m -> new Row(number, key, Status.UPDATED, null, m.before(), m.after()))
                    .orElseGet(() -> new Row(number, key, recategorise ? Status.UPDATED : Status.UNCHANGED, null, count, count));
        } catch (NotFoundException | ConflictException refused) {
            return error(number, key, refused.getMessage());
        } catch (TransientFailureException unavailable) {
            return error(number, key, ROW_UNAVAILABLE);
        }
    }

    /**
     * Runs the rows a few at a time (each is independent: a product appears once) so a large stock-take
     * fits in the API's time limit; results keep the file's order.
     */
    private static List<Row> runAll(List<Callable<Row>> work) {
        if (work.size() <= 1) {
            return work.stream().map(ImportStockCounts::call).toList();
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_ROWS, work.size()))) {
            List<Future<Row>> futures = pool.invokeAll(work);
            return futures.stream().map(ImportStockCounts::result).toList();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientFailureException("The import was interrupted", interrupted);
        }
    }

    private static Row call(Callable<Row> row) {
        try {
            return row.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception checked) {
            throw new IllegalStateException(checked);
        }
    }

    private static Row result(Future<Row> future) {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientFailureException("The import was interrupted", interrupted);
        } catch (ExecutionException failed) {
            // Rows catch their expected failures; anything else is a bug and fails the request as before.
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    private Optional<StockLevel> find(String productId) {
        return productId.length() > 64 ? Optional.empty() : inventory.find(productId);
    }

    private static Row error(int number, String key, String message) {
        return new Row(number, key, Status.ERROR, message, null, null);
    }

    /** {@code sku} or {@code productId}, {@code count}, then {@code note} and {@code category} in either order; anything else is a 400 naming the header. */
    private static Columns readHeader(List<String> header) {
        List<String> names = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<String> extra = names.size() > 2 ? names.subList(2, names.size()) : List.of();
        boolean shape = names.size() >= 2 && names.get(1).equals("count")
                && (names.getFirst().equals("sku") || names.getFirst().equals("productid"))
                && Set.of("note", "category").containsAll(extra) && extra.stream().distinct().count() == extra.size();
        if (!shape) {
            throw new ValidationFailedException("header",
                    "must be sku,count or productId,count (optionally followed by ,note and/or ,category)");
        }
        return new Columns(names.getFirst().equals("sku"), names.indexOf("note"), names.indexOf("category"), names.size());
    }

    /** The row's value in that column; empty when the column is absent or the row stops before it. */
    private static String field(List<String> fields, int column) {
        return column >= 0 && column < fields.size() ? fields.get(column) : "";
    }

    private static Long parseCount(String raw) {
        if (!raw.matches("[0-9]{1,10}")) {
            return null;
        }
        long count = Long.parseLong(raw);
        return count <= MAX_COUNT ? count : null;
    }

    /** Every product keyed by lower-cased SKU: one pass over Inventory (there is no SKU index). */
    private Map<String, StockLevel> levelsBySku() {
        Map<String, StockLevel> bySku = new HashMap<>();
        String startAfter = null;
        do {
            var slice = inventory.list(new InventoryQuery(LIST_PAGE, startAfter, null, false));
            slice.items().forEach(l -> bySku.put(l.product().sku().toLowerCase(Locale.ROOT), l));
            startAfter = slice.lastKey();
        } while (startAfter != null);
        return bySku;
    }
}
