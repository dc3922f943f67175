package app.orderdesk.desktop.inventory;

import app.orderdesk.api.ImportReportView;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.ui.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * CSV import of stock counts: read the file, ask the server for a dry run (nothing changes), show
 * its per-row verdicts, and only on confirmation import for real and show the per-row results.
 */
public final class ImportCountsViewModel {

    /** Where the import stands. */
    public enum Step { CHOOSE, PREVIEWED, APPLIED }

    static final int MAX_BYTES = 64 * 1024;

    private final ObservableList<ImportReportView.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasChanges = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canConfirm;

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final Runnable onApplied;
    private String csv;
    /**
     * The previewed file's import, sent again under the same key after a failed Confirm: counts are absolute, and a
     * plain re-send set them again over the sales made in between (audit, session 34; ADR 0084).
     */
    private String importKey;

    public ImportCountsViewModel(ApiClient api, BackgroundExecutor executor, Runnable onApplied) {
        this.api = api;
        this.executor = executor;
        this.onApplied = onApplied;
        canConfirm = step.isEqualTo(Step.PREVIEWED).and(hasChanges).and(busy.not());
    }

    /** Reads the file in the background, then asks for the dry run. */
    public void previewFile(Path file) {
        forgetThePreview();
        busy.set(true);
        error.set("");
        executor.submit(() -> {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(Messages.text("import.tooLarge"));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }, this::preview, failure -> {
            busy.set(false);
            error.set(failure instanceof IllegalArgumentException
                    ? failure.getMessage()
                    : Messages.text("import.unreadable", file.getFileName()));
        });
    }

    /** Asks the server what importing {@code text} would do, changing nothing. */
    public void preview(String text) {
        forgetThePreview();
        if (text == null || text.isBlank()) {
            busy.set(false);
            error.set(Messages.text("import.empty"));
            return;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            busy.set(false);
            error.set(Messages.text("import.tooLarge"));
            return;
        }
        busy.set(true);
        error.set("");
        executor.submit(() -> api.importCounts(text, true, null), report -> {
            busy.set(false);
            show(report);
            csv = text; // only a file whose preview was shown can be confirmed
            importKey = java.util.UUID.randomUUID().toString();
            step.set(Step.PREVIEWED);
        }, failure -> {
            busy.set(false);
            error.set(ErrorMessages.describe(failure));
        });
    }

    /** Imports for real what was previewed. */
    public void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        String text = csv;
        String key = importKey;
        busy.set(true);
        error.set("");
        executor.submit(() -> api.importCounts(text, false, key), report -> {
            busy.set(false);
            show(report);
            step.set(Step.APPLIED);
            onApplied.run();
        }, failure -> {
            busy.set(false);
            error.set(ErrorMessages.describe(failure));
        });
    }

    /**
     * Another file is chosen: the last one's preview no longer stands. Before, a second file whose preview failed left the
     * first one's rows shown and Confirm on, and Confirm imported the second file for real, never previewed (audit,
     * session 33).
     */
    private void forgetThePreview() {
        csv = null;
        importKey = null;
        step.set(Step.CHOOSE);
        rows.clear();
        summary.set("");
        hasChanges.set(false);
    }

    private void show(ImportReportView report) {
        rows.setAll(report.rows() == null ? List.of() : report.rows());
        ImportReportView.Counts c = report.counts();
        if (c == null) {
            long updated = rows.stream().filter(r -> r.status() == ImportReportView.Status.UPDATED).count();
            long errors = rows.stream().filter(r -> r.status() == ImportReportView.Status.ERROR).count();
            c = new ImportReportView.Counts(rows.size(), (int) updated, (int) (rows.size() - updated - errors), (int) errors);
        }
        hasChanges.set(c.updated() > 0);
        summary.set(Messages.text(report.dryRun() ? "import.summary.preview" : "import.summary.done",
                c.updated(), c.unchanged(), c.errors(), c.rows()));
    }

    /**
     * The previewed rows that will be skipped, one line each ("Line 4 · NO-SUCH · unknown SKU"), so
     * the import can ask before applying the others; empty when every row is fine.
     */
    public List<String> rowsWithErrors() {
        return rows.stream()
                .filter(r -> r.status() == ImportReportView.Status.ERROR)
                .map(r -> Messages.text("import.errors.line", r.row(), r.sku() == null || r.sku().isBlank() ? Messages.text("import.errors.noSku") : r.sku())
                        + (message(r).isBlank() ? "" : " · " + message(r)))
                .toList();
    }

    /** h-e (issue 13): the row's message in the desk's language ("" for none); the server writes English. */
    public static String message(ImportReportView.Row row) {
        return row.message() == null || row.message().isBlank() ? "" : ErrorMessages.importRow(row.message());
    }

    /** How many rows the import would change. */
    public long rowsToChange() {
        return rows.stream().filter(r -> r.status() == ImportReportView.Status.UPDATED).count();
    }

    public ObservableList<ImportReportView.Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canConfirmBinding() {
        return canConfirm;
    }
}
