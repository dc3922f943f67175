package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.Page;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.client.InventoryQuery;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.shell.Notifications;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final InventoryViewModel staff = new InventoryViewModel(api, new SameThreadExecutor(), new Notifications(), false);
    private final Notifications notices = new Notifications();
    private final InventoryViewModel manager = new InventoryViewModel(api, new SameThreadExecutor(), notices, true);

    static InventoryItemView item(int i) {
        return new InventoryItemView("p-" + i, "SKU-" + i, "Product number " + i, 100 + i, i % 50, 0, 5, i % 50 <= 5);
    }

    @Test
    void loadsEveryPageFiveHundredAtATime() {
        api.inventoryPages.put("", new Page<>(IntStream.range(0, 500).mapToObj(InventoryViewModelTest::item).toList(), "t1"));
        api.inventoryPages.put("t1", new Page<>(IntStream.range(500, 1000).mapToObj(InventoryViewModelTest::item).toList(), "t2"));
        api.inventoryPages.put("t2", new Page<>(IntStream.range(1000, 1042).mapToObj(InventoryViewModelTest::item).toList(), null));

        staff.loadAll();

        assertThat(staff.rows()).hasSize(1042);
        assertThat(api.inventoryQueries).extracting(InventoryQuery::limit).containsOnly(500);
        assertThat(api.inventoryQueries).extracting(InventoryQuery::nextToken).containsExactly(null, "t1", "t2");
        assertThat(staff.loadingProperty().get()).isFalse();
        assertThat(staff.countTextBinding().get()).isEqualTo("1,042 products");
    }

    /**
     * ADR 0075: while pushes are paused a table of one page is read again quietly (no spinner, no banner when it fails),
     * keeping the selection: another desk's sale shows without Reload.
     */
    @Test
    void withPushesPausedAOnePageTableIsReadAgainQuietlyKeepingTheSelection() {
        api.inventoryPages.put("", new Page<>(IntStream.range(0, 3).mapToObj(InventoryViewModelTest::item).toList(), null));
        manager.readWhilePushesPaused();
        assertThat(api.inventoryQueries).as("nothing shown yet: nothing to read again").isEmpty();
        manager.loadAll();
        manager.selectedProperty().set(manager.rows().get(1));
        InventoryItemView sold = new InventoryItemView("p-1", "SKU-1", "Product number 1", 101, 0, 0, 5, true);
        api.inventoryPages.put("", new Page<>(List.of(item(0), sold, item(2)), null));
        List<Boolean> loading = new java.util.ArrayList<>();
        manager.loadingProperty().addListener((obs, was, now) -> loading.add(now));

        manager.readWhilePushesPaused();

        assertThat(manager.rows().get(1).item().available()).as("another desk's sale shows").isZero();
        assertThat(manager.selectedProperty().get().item().productId()).isEqualTo("p-1");
        assertThat(loading).as("no spinner, Reload stays on").isEmpty();
        api.failEverything = new IllegalStateException("API down");
        manager.readWhilePushesPaused();
        assertThat(manager.rows()).as("a failed read changes nothing").hasSize(3);
        assertThat(notices.currentProperty().get()).as("and says nothing: the next read tries again").isNull();
    }

    /**
     * Walked, session 27: another desk's adjustment of the selected product showed "21 available" above a history that
     * did not have it. A changed stock of the selected product reads its history again, in place.
     */
    @Test
    void anotherDesksChangeOfTheSelectedProductJoinsItsHistory() {
        api.inventoryPages.put("", new Page<>(IntStream.range(0, 3).mapToObj(InventoryViewModelTest::item).toList(), null));
        manager.loadAll();
        manager.selectedProperty().set(manager.rows().get(1));
        assertThat(manager.movements()).isEmpty();

        api.history.add(new StockMovementView("p-1", "m-1", "DAMAGED", -1, 1L, 0L, "other@example.com", "dropped", Instant.now()));
        api.itemsNow.put("p-1", new InventoryItemView("p-1", "SKU-1", "Product number 1", 101, 0, 0, 5, true));
        manager.refreshProduct("p-1"); // as a push does
        assertThat(manager.movements()).extracting(StockMovementView::movementId).containsExactly("m-1");

        manager.refreshProduct("p-1"); // the same stock again: nothing to read
        api.history.add(new StockMovementView("p-1", "m-2", "DAMAGED", -1, 0L, -1L, "other@example.com", null, Instant.now()));
        manager.refreshProduct("p-1");
        assertThat(manager.movements()).as("unchanged stock reads no history").hasSize(1);
    }

    /** ADR 0075: a table of more than one page re-reads only the selected product while pushes are paused. */
    @Test
    void withPushesPausedABigTableReadsOnlyTheSelectedProductAgain() {
        api.inventoryPages.put("", new Page<>(IntStream.range(0, 500).mapToObj(InventoryViewModelTest::item).toList(), "t1"));
        api.inventoryPages.put("t1", new Page<>(IntStream.range(500, 600).mapToObj(InventoryViewModelTest::item).toList(), null));
        manager.loadAll();
        int pagesRead = api.inventoryQueries.size();
        manager.readWhilePushesPaused();
        assertThat(api.inventoryQueries).as("nothing selected: nothing read").hasSize(pagesRead);

        manager.selectedProperty().set(manager.rows().stream().filter(r -> r.item().productId().equals("p-7")).findFirst().orElseThrow());
        api.itemsNow.put("p-7", new InventoryItemView("p-7", "SKU-7", "Product number 7", 107, 1, 0, 5, true));
        manager.readWhilePushesPaused();

        assertThat(api.inventoryQueries).as("no page read again").hasSize(pagesRead);
        assertThat(manager.selectedProperty().get().item().available()).isEqualTo(1);
    }

    /** Walked, session 19: the products came in the server's storage order (CLN-DSC-120, ACC-TMP-58, TEA-CHA-200, …). */
    @Test
    void productsAreInSkuOrderAndANewOneJoinsInItsPlace() {
        InventoryItemView kettle = new InventoryItemView("p-3", "brw-ktl-gn", "Gooseneck kettle", 5990, 14, 0, 3, false);
        InventoryItemView tamper = new InventoryItemView("p-1", "ACC-TMP-58", "Espresso tamper", 2490, 25, 0, 5, false);
        InventoryItemView chai = new InventoryItemView("p-2", "TEA-CHA-200", "Masala chai", 850, 45, 0, 10, false);
        api.inventoryPages.put("", new Page<>(List.of(chai, kettle), "t1"));
        api.inventoryPages.put("t1", new Page<>(List.of(tamper), null));

        manager.loadAll();
        assertThat(manager.rows()).extracting(r -> r.item().sku()).containsExactly("ACC-TMP-58", "brw-ktl-gn", "TEA-CHA-200");

        manager.productSaved(new InventoryItemView("p-4", "CLN-DSC-120", "Cleaning tablets", 1490, 52, 0, 10, false));
        assertThat(manager.rows()).extracting(r -> r.item().sku())
                .containsExactly("ACC-TMP-58", "brw-ktl-gn", "CLN-DSC-120", "TEA-CHA-200");
    }

    @Test
    void filtersBySkuOrNameIgnoringCaseAndByLowStock() {
        staff.loadAll(); // MUG-1 Blue mug (40), TEA-7 Green tea (3, low)

        staff.filterTextProperty().set("  GREEN ");
        assertThat(staff.visibleRows()).extracting(r -> r.item().sku()).containsExactly("TEA-7");
        staff.filterTextProperty().set("mug-1");
        assertThat(staff.visibleRows()).extracting(r -> r.item().sku()).containsExactly("MUG-1");
        staff.filterTextProperty().set("");
        staff.lowStockOnlyProperty().set(true);
        assertThat(staff.visibleRows()).extracting(r -> r.item().sku()).containsExactly("TEA-7");
        assertThat(staff.countTextBinding().get()).isEqualTo("1 of 2 products");
    }

    @Test
    void filtersAHundredThousandRowsByTextAndLowStock() {
        // How fast is measured by InventoryFilterBenchmark (./desk bench); a test only checks what is found.
        List<InventoryRow> rows = IntStream.range(0, 100_000).mapToObj(i -> InventoryRow.of(item(i))).toList();
        long expected = IntStream.range(0, 100_000)
                .filter(i -> Integer.toString(i).startsWith("99") && i % 50 <= 5).count();

        long hits = count(rows, InventoryViewModel.matcher("NUMBER 99", true));

        assertThat(hits).isEqualTo(expected).isPositive();
    }

    private static long count(List<InventoryRow> rows, Predicate<InventoryRow> predicate) {
        return rows.stream().filter(predicate).count();
    }

    @Test
    void onlyManagersMayAdjustAndEveryoneSeesWhy() {
        staff.loadAll();
        staff.selectedProperty().set(staff.rows().getFirst());
        assertThat(staff.canAdjustBinding().get()).isFalse();
        assertThat(staff.adjustDisabledReasonBinding().get()).isEqualTo(InventoryViewModel.managersOnly());

        manager.loadAll();
        assertThat(manager.adjustDisabledReasonBinding().get()).isEqualTo(InventoryViewModel.selectAProduct());
        manager.selectedProperty().set(manager.rows().getFirst());
        assertThat(manager.canAdjustBinding().get()).isTrue();
    }

    @Test
    void showsTheHistoryOfTheSelectedProductAndAnAdjustmentAtOnce() {
        api.history.add(new StockMovementView("p-mug", "m-1", "RECEIVED", 10, 30L, 40L, "boss@example.com", "delivery", Instant.now()));
        manager.loadAll();
        manager.selectedProperty().set(manager.rows().getFirst());
        assertThat(manager.movements()).extracting(StockMovementView::movementId).containsExactly("m-1");

        manager.applyMovement(new StockMovementView("p-mug", "m-2", "DAMAGED", -2, 40L, 38L, "boss@example.com", null, Instant.now()));

        assertThat(manager.rows().getFirst().item().available()).isEqualTo(38);
        assertThat(manager.selectedProperty().get().item().available()).isEqualTo(38);
        assertThat(manager.movements()).extracting(StockMovementView::movementId).containsExactly("m-2", "m-1");
    }

    @Test
    void exportsWhatTheFilterShowsAsCsv(@TempDir Path dir) throws Exception {
        staff.loadAll();
        staff.filterTextProperty().set("tea");
        Path file = dir.resolve("inventory.csv");

        staff.exportCsv(file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "sku,name,price,available,reserved,lowStockThreshold,category",
                "TEA-7,Green tea,4.99,3,0,5,food");
    }

    @Test
    void quotesCsvCellsThatNeedIt() {
        assertThat(InventoryCsv.cell("Mug, blue \"large\"")).isEqualTo("\"Mug, blue \"\"large\"\"\"");
        assertThat(InventoryCsv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(new ArrayList<>(List.of(InventoryCsv.cell(null)))).containsExactly("");
    }
}
