package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.ImportReportView.Status;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.MovableClock;
import app.orderdesk.backend.fakes.World;
import org.junit.jupiter.api.Test;

class ImportStockCountsTest {

    private final World world = new World();

    @Test
    void setsCountsReportsEveryRowAndABadRowNeverStopsTheOthers() {
        String csv = "sku,count,note\r\nMUG-BLU,42,shelf count\r\nNOPE-1,5\r\nTEE-RED,3\r\nmug-blu,1\r\nTEE-RED,abc\r\n\r\n";

        var report = world.importStockCounts.execute(csv, false, "mia");

        assertThat(report.rows()).extracting(r -> r.status())
                .containsExactly(Status.UPDATED, Status.ERROR, Status.UNCHANGED, Status.ERROR, Status.ERROR);
        assertThat(report.rows()).extracting(r -> r.row()).containsExactly(2, 3, 4, 5, 6);
        assertThat(report.rows().get(1).message()).isEqualTo("unknown SKU");
        assertThat(report.rows().get(3).message()).contains("already listed on row 2");
        assertThat(report.rows().getFirst().before()).isEqualTo(10);
        assertThat(report.rows().getFirst().after()).isEqualTo(42);
        assertThat(report.counts().updated()).isEqualTo(1);
        assertThat(report.counts().unchanged()).isEqualTo(1);
        assertThat(report.counts().errors()).isEqualTo(3);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(42);
        assertThat(world.movements.rows.values()).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo("COUNT");
            assertThat(m.delta()).isEqualTo(32);
            assertThat(m.note()).isEqualTo("shelf count");
        });
    }

    /** A manager sends the stock-take again (no answer the first time); sales were made since. */
    @Test
    void theSameFileSentAgainWithItsKeyKeepsTheSalesMadeSinceAndAnswersTheFirstResult() {
        String csv = "sku,count\nMUG-BLU,42\nTEE-RED,3\n";
        var first = world.importStockCounts.execute(csv, false, "mia", "stock-take-1");
        world.inventory.setAvailable("p-mug", 40);
        world.inventory.setAvailable("p-tee", 2);

        var again = world.importStockCounts.execute(csv, false, "mia", "stock-take-1");

        assertThat(again).isEqualTo(first);
        assertThat(first.rows()).extracting(r -> r.status()).containsExactly(Status.UPDATED, Status.UNCHANGED);
        assertThat(world.inventory.level("p-mug").available()).as("the two sold since stay sold").isEqualTo(40);
        assertThat(world.inventory.level("p-tee").available()).as("an unchanged row is not set again either").isEqualTo(2);
        assertThat(world.movements.rows).hasSize(1);
        assertThat(world.importStockCounts.execute(csv, false, "mia").rows()).as("without the key it is a new stock-take")
                .extracting(r -> r.after()).containsExactly(42L, 3L);
    }

    @Test
    void theKeyWithAnotherFileIsAConflictAndChangesNothing() {
        world.importStockCounts.execute("sku,count\nMUG-BLU,42\n", false, "mia", "stock-take-2");

        assertThatThrownBy(() -> world.importStockCounts.execute("sku,count\nMUG-BLU,41\n", false, "mia", "stock-take-2"))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("IDEMPOTENCY_CONFLICT"));
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(42);
    }

    @Test
    void aPreviewDoesNotUseTheKeyAndABadKeyIsA400() {
        world.importStockCounts.execute("sku,count\nMUG-BLU,42\n", true, "mia", "stock-take-3");

        assertThat(world.importStockCounts.execute("sku,count\nMUG-BLU,42\n", false, "mia", "stock-take-3").rows())
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(Status.UPDATED));
        assertThatThrownBy(() -> world.importStockCounts.execute("sku,count\nMUG-BLU,1\n", false, "mia", "two words"))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        v -> assertThat(v.issues().getFirst().field()).isEqualTo("Idempotency-Key"));
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(42);
    }

    /** The first call died after a row's count changed: a repeat is refused while it might still run, then finishes it. */
    @Test
    void aRepeatWaitsOutAFirstCallThatMayStillRunThenFinishesOnlyWhatItLeft() {
        var clock = new MovableClock(world.clock.instant());
        var imports = importsAt(clock);
        String csv = "sku,count\nMUG-BLU,42\nTEE-RED,5\n";
        world.inventory.crashBeforeNextSettle = true;
        assertThatThrownBy(() -> imports.execute(csv, false, "mia", "stock-take-4")).isInstanceOf(IllegalStateException.class);
        assertThat(world.inventory.level("p-mug").available()).as("the count changed before the crash").isEqualTo(42);
        world.inventory.setAvailable("p-mug", 41);

        assertThatThrownBy(() -> imports.execute(csv, false, "mia", "stock-take-4"))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("IMPORT_IN_PROGRESS"));
        clock.advance(ImportStockCounts.STILL_RUNNING_FOR);
        var finished = imports.execute(csv, false, "mia", "stock-take-4");

        // Both rows were written before the crash answered (rows run side by side); the tee's count already reads 5,
        // and the report still says what the import did to it.
        assertThat(finished.rows()).extracting(r -> r.status() + " " + r.before() + "→" + r.after())
                .containsExactly("UPDATED 10→42", "UPDATED 3→5");
        assertThat(world.inventory.level("p-mug").available()).as("the sale after the crash stays sold").isEqualTo(41);
        assertThat(world.inventory.level("p-tee").available()).isEqualTo(5);
        assertThat(world.movements.rows).hasSize(2);
    }

    /** A row the stock service failed is not "done": the same file sent again sets it, rather than reporting it unchanged. */
    @Test
    void aRowTheStockServiceFailedIsSetWhenTheFileIsSentAgain() {
        var clock = new MovableClock(world.clock.instant());
        var imports = importsAt(clock);
        world.inventory.nextApplyFailure = new app.orderdesk.backend.errors.TransientFailureException("Inventory adjust failed", null);

        var first = imports.execute("sku,count\nMUG-BLU,42\n", false, "mia", "stock-take-5");
        assertThat(first.rows()).singleElement().satisfies(r -> assertThat(r.message()).isEqualTo(ImportStockCounts.ROW_UNAVAILABLE));
        clock.advance(ImportStockCounts.STILL_RUNNING_FOR);
        var again = imports.execute("sku,count\nMUG-BLU,42\n", false, "mia", "stock-take-5");

        assertThat(again.rows()).extracting(r -> r.status() + " " + r.before() + "→" + r.after()).containsExactly("UPDATED 10→42");
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(42);
    }

    /** The world's import, on a clock the test moves (the world's own stands still). */
    private ImportStockCounts importsAt(MovableClock clock) {
        return new ImportStockCounts(world.inventory, world.adjustStock, world.inventory, world.settings, world.idempotency,
                app.orderdesk.backend.fakes.Fakes.sequentialIds(), clock);
    }

    @Test
    void aDryRunReportsWithoutWriting() {
        var report = world.importStockCounts.execute("productId,count\np-mug,0\np-tee,3\n", true, "mia");

        assertThat(report.dryRun()).isTrue();
        assertThat(report.rows()).extracting(r -> r.status()).containsExactly(Status.UPDATED, Status.UNCHANGED);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
        assertThat(world.movements.rows).isEmpty();
    }

    @Test
    void aMalformedHeaderIsA400NamingTheHeader() {
        for (String csv : new String[] {"", "name,count\nMUG-BLU,1", "sku;count\nMUG-BLU;1", "sku,count,extra\n"}) {
            assertThatThrownBy(() -> world.importStockCounts.execute(csv, false, "mia"))
                    .as(csv).isInstanceOfSatisfying(ValidationFailedException.class,
                            v -> assertThat(v.issues().getFirst().field()).isEqualTo("header"));
        }
    }

    @Test
    void refusesMoreThanTenThousandRows() {
        String csv = "sku,count\n" + "MUG-BLU,1\n".repeat(ImportStockCounts.MAX_ROWS + 1);

        assertThatThrownBy(() -> world.importStockCounts.execute(csv, false, "mia"))
                .isInstanceOf(ImportStockCounts.TooManyRowsException.class);
    }

    @Test
    void acceptsQuotedFieldsAndRejectsNegativeCounts() {
        var report = world.importStockCounts.execute("SKU,Count,Note\n\"MUG-BLU\",\"12\",\"counted, twice\"\nTEE-RED,-1\n", false, "mia");

        assertThat(report.rows()).extracting(r -> r.status()).containsExactly(Status.UPDATED, Status.ERROR);
        assertThat(world.movements.rows.values()).singleElement().satisfies(m -> assertThat(m.note()).isEqualTo("counted, twice"));
    }

    @Test
    void aQuotedFieldWithALineBreakStaysOneRow() {
        String csv = "sku,count,note\nMUG-BLU,12,\"counted twice:\nmorning, evening\"\n\nTEE-RED,4\n";

        var report = world.importStockCounts.execute(csv, false, "mia");

        assertThat(report.rows()).extracting(r -> r.status()).containsExactly(Status.UPDATED, Status.UPDATED);
        // each row is numbered by the line it starts on: the note spans lines 2-3, line 4 is blank
        assertThat(report.rows()).extracting(r -> r.row()).containsExactly(2, 5);
        assertThat(world.movements.rows.values()).extracting(m -> m.note())
                .contains("counted twice:\nmorning, evening");
    }

    @Test
    void aQuoteThatIsNeverClosedIsA400NamingTheCsv() {
        assertThatThrownBy(() -> world.importStockCounts.execute("sku,count,note\nMUG-BLU,12,\"no end\n", false, "mia"))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> {
                    assertThat(v.issues().getFirst().field()).isEqualTo("csv");
                    assertThat(v.issues().getFirst().issue()).contains("quoted field is not closed");
                });
    }
}
