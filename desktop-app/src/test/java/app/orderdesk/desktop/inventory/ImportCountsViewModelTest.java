package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ImportReportView;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCountsViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private int reloads;
    private final ImportCountsViewModel model = new ImportCountsViewModel(api, new SameThreadExecutor(), () -> reloads++);

    @Test
    void previewsWithADryRunThenImportsTheSameFileOnConfirmation(@TempDir Path dir) throws Exception {
        api.importHook = (csv, dryRun) -> new ImportReportView(dryRun, new ImportReportView.Counts(2, 1, 0, 1), List.of(
                new ImportReportView.Row(2, "MUG-1", ImportReportView.Status.UPDATED, null, 40L, 42L),
                new ImportReportView.Row(3, "NOPE", ImportReportView.Status.ERROR, "Unknown SKU", null, null)));
        Path file = dir.resolve("counts.csv");
        Files.writeString(file, "sku,count\nMUG-1,42\nNOPE,1\n");

        model.previewFile(file);

        assertThat(api.importDryRuns).containsExactly(true);
        assertThat(model.stepProperty().get()).isEqualTo(ImportCountsViewModel.Step.PREVIEWED);
        assertThat(model.rows()).hasSize(2);
        assertThat(model.summaryProperty().get()).startsWith("Preview: 1 would change");
        assertThat(reloads).isZero();

        model.confirm();

        assertThat(api.importDryRuns).containsExactly(true, false);
        assertThat(api.importedCsv).containsOnly("sku,count\nMUG-1,42\nNOPE,1\n");
        assertThat(model.stepProperty().get()).isEqualTo(ImportCountsViewModel.Step.APPLIED);
        assertThat(model.summaryProperty().get()).startsWith("1 updated");
        assertThat(reloads).isEqualTo(1);
    }

    @Test
    void aSecondFileWhosePreviewFailedCannotBeConfirmedNorIsTheFirstOnesPreviewLeftStanding() {
        api.importHook = (csv, dryRun) -> {
            if (csv.contains("TEA-1")) {
                throw new app.orderdesk.desktop.client.ConnectionUnavailableException("the API did not answer", null);
            }
            return new ImportReportView(dryRun, new ImportReportView.Counts(1, 1, 0, 0),
                    List.of(new ImportReportView.Row(2, "MUG-1", ImportReportView.Status.UPDATED, null, 40L, 42L)));
        };
        model.preview("sku,count\nMUG-1,42\n");
        assertThat(model.canConfirmBinding().get()).isTrue();

        model.preview("sku,count\nTEA-1,7\n"); // another file; its dry run fails

        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.canConfirmBinding().get()).as("nothing previewed stands").isFalse();
        assertThat(model.rows()).as("the first file's rows are not shown as this one's").isEmpty();
        assertThat(model.stepProperty().get()).isEqualTo(ImportCountsViewModel.Step.CHOOSE);
        model.confirm();
        assertThat(api.importDryRuns).as("nothing imported for real").containsExactly(true, true);
    }

    /** No answer to Confirm, Confirm again: the same import under the same key, so the server cannot set counts twice. */
    @Test
    void confirmingAgainAfterAFailureSendsTheSameKeyAndANewFileANewOne() {
        java.util.concurrent.atomic.AtomicBoolean answer = new java.util.concurrent.atomic.AtomicBoolean(false);
        api.importHook = (csv, dryRun) -> {
            if (!dryRun && !answer.get()) {
                throw new java.io.UncheckedIOException(new java.net.http.HttpTimeoutException("request timed out"));
            }
            return new ImportReportView(dryRun, new ImportReportView.Counts(1, 1, 0, 0),
                    List.of(new ImportReportView.Row(2, "MUG-1", ImportReportView.Status.UPDATED, null, 40L, 42L)));
        };
        model.preview("sku,count\nMUG-1,42\n");
        model.confirm();
        assertThat(model.errorProperty().get()).isNotEmpty();
        answer.set(true);
        model.confirm();
        model.preview("sku,count\nMUG-1,41\n");
        model.confirm();

        assertThat(api.importDryRuns).containsExactly(true, false, false, true, false);
        assertThat(api.importKeys.get(0)).as("a preview needs no key").isNull();
        assertThat(api.importKeys.get(1)).isNotNull().isEqualTo(api.importKeys.get(2));
        assertThat(api.importKeys.get(4)).isNotNull().isNotEqualTo(api.importKeys.get(1));
    }

    @Test
    void cannotConfirmAPreviewThatChangesNothing() {
        api.importHook = (csv, dryRun) -> new ImportReportView(dryRun, new ImportReportView.Counts(1, 0, 1, 0),
                List.of(new ImportReportView.Row(2, "MUG-1", ImportReportView.Status.UNCHANGED, null, 40L, 40L)));

        model.preview("sku,count\nMUG-1,40\n");
        model.confirm();

        assertThat(model.canConfirmBinding().get()).isFalse();
        assertThat(api.importDryRuns).containsExactly(true);
    }

    @Test
    void refusesAnEmptyFileWithoutAskingTheServer() {
        model.preview("  \n");

        assertThat(model.errorProperty().get()).contains("empty");
        assertThat(api.importedCsv).isEmpty();
    }
}
