package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.ImportReportView.Status;
import app.orderdesk.api.ProductRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.domain.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** h-x: managers create and edit products; the stock-count import sets categories; settings saves are announced. */
class ProductEditingTest {

    private final World world = new World();
    private final List<String> announced = new ArrayList<>();
    private final ChangeEvents events = new ChangeEvents() {
        @Override public void orderStatusChanged(String orderId, OrderStatus status, Instant at) {}
        @Override public void stockChanged(String productId, Instant at) { announced.add("stock:" + productId); }
        @Override public void settingsChanged(Instant at) { announced.add("settings:" + at); }
    };
    private SaveProduct saveProduct;

    @BeforeEach
    void storeTaxesFoodAndBooks() {
        world.settings.save(new StoreSettings("S", "", "", "", "", 1900, "EUR", "de-DE", "UTC", "", null, null, null,
                Map.of("food", 700, "books", 700)));
        saveProduct = new SaveProduct(world.inventory, world.settings, events, Fakes.clock());
    }

    @Test
    void createsAProductWithACategoryInTheStoresCurrencyAndAnnouncesIt() {
        var view = saveProduct.create(ProductRequest.create("BEAN-01", "Beans 1 kg", 1990, "Food"));

        assertThat(view.productId()).isEqualTo("sku-bean-01");
        assertThat(view.category()).isEqualTo("food");
        assertThat(view.available()).isZero();
        assertThat(view.version()).isEqualTo(1);
        assertThat(world.inventory.level("sku-bean-01").product().price().currency()).isEqualTo("EUR");
        assertThat(announced).containsExactly("stock:sku-bean-01");
    }

    @Test
    void refusesBadFieldsNamingEachAndWritesNothing() {
        assertThatThrownBy(() -> saveProduct.create(new ProductRequest("bad sku", " ", -1L, "toys", -2L, null)))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues())
                        .extracting(FieldIssue::field).containsExactlyInAnyOrder("sku", "name", "priceCents", "category", "lowStockThreshold"));
        assertThatThrownBy(() -> saveProduct.create(ProductRequest.create("TOY-1", "Toy", 100, "toys")))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).singleElement()
                        .satisfies(i -> assertThat(i.issue()).contains("books, food")));
        assertThat(world.inventory.level("sku-toy-1")).isNull();
        assertThat(announced).isEmpty();
    }

    @Test
    void aDuplicateSkuIsAConflictNamingTheSkuWhateverItsCase() {
        assertThatThrownBy(() -> saveProduct.create(ProductRequest.create("mug-blu", "Another mug", 100, null)))
                .isInstanceOfSatisfying(ConflictException.class, c -> {
                    assertThat(c.code()).isEqualTo("DUPLICATE_SKU");
                    assertThat(c.field()).isEqualTo("sku");
                });
        saveProduct.create(ProductRequest.create("NEW-1", "New", 100, null));
        assertThatThrownBy(() -> saveProduct.create(ProductRequest.create("NEW-1", "New again", 200, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(world.inventory.level("sku-new-1").product().name()).isEqualTo("New");
    }

    @Test
    void editsNamePriceAndCategoryKeepingStockAndMovesTheVersion() {
        world.inventory.reserve("p-mug", "order-1", 2);

        var view = saveProduct.edit("p-mug", ProductRequest.edit("Blue Mug XL", 1490, "books", null, 0));

        assertThat(view.name()).isEqualTo("Blue Mug XL");
        assertThat(view.priceCents()).isEqualTo(1490);
        assertThat(view.category()).isEqualTo("books");
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.available()).isEqualTo(8);
        assertThat(view.reserved()).isEqualTo(2);
        assertThat(view.lowStockThreshold()).isEqualTo(5);
        assertThat(announced).containsExactly("stock:p-mug");

        var cleared = saveProduct.edit("p-mug", ProductRequest.edit("Blue Mug XL", 1490, "", 3L, 1));
        assertThat(cleared.category()).isNull();
        assertThat(cleared.lowStockThreshold()).isEqualTo(3);
    }

    /** h-b (issue 13): the product dialog sends the low-stock threshold; it is kept, kept when absent, and checked by field. */
    @Test
    void theLowStockThresholdIsSavedOnCreateAndEditKeptWhenAbsentAndCheckedByField() {
        var created = saveProduct.create(new ProductRequest("BEAN-01", "Beans", 1990L, null, 7L, null));
        assertThat(created.lowStockThreshold()).isEqualTo(7);
        assertThat(world.inventory.level("sku-bean-01").product().lowStockThreshold()).isEqualTo(7);
        assertThat(saveProduct.create(ProductRequest.create("BEAN-02", "Beans", 1990, null)).lowStockThreshold())
                .as("none sent: 0").isZero();

        var kept = saveProduct.edit("sku-bean-01", ProductRequest.edit("Beans 1 kg", 1990, null, null, created.version()));
        assertThat(kept.lowStockThreshold()).as("none sent with an edit: kept").isEqualTo(7);
        var edited = saveProduct.edit("sku-bean-01", ProductRequest.edit("Beans", 1990, null, 0L, kept.version()));
        assertThat(edited.lowStockThreshold()).as("0 is a threshold, not 'none'").isZero();
        assertThat(saveProduct.edit("sku-bean-01", ProductRequest.edit("Beans", 1990, null, SaveProduct.MAX_THRESHOLD, edited.version()))
                .lowStockThreshold()).isEqualTo(SaveProduct.MAX_THRESHOLD);

        for (long bad : new long[] {-1, SaveProduct.MAX_THRESHOLD + 1}) {
            assertThatThrownBy(() -> saveProduct.edit("sku-bean-01", ProductRequest.edit("Beans", 1990, null, bad, 3)))
                    .as("threshold %d", bad)
                    .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).singleElement()
                            .satisfies(i -> assertThat(i.field()).isEqualTo("lowStockThreshold")));
            assertThatThrownBy(() -> saveProduct.create(new ProductRequest("BEAN-03", "Beans", 1L, null, bad, null)))
                    .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).singleElement()
                            .satisfies(i -> assertThat(i.field()).isEqualTo("lowStockThreshold")));
        }
        assertThat(world.inventory.level("sku-bean-01").product().lowStockThreshold()).isEqualTo(SaveProduct.MAX_THRESHOLD);
        assertThat(world.inventory.level("sku-bean-03")).isNull();
    }

    @Test
    void anEditFromAnOldVersionIsRefusedAndOverwritesNothing() {
        saveProduct.edit("p-mug", ProductRequest.edit("First", 100, null, null, 0));

        assertThatThrownBy(() -> saveProduct.edit("p-mug", ProductRequest.edit("Second", 200, null, null, 0)))
                .isInstanceOfSatisfying(ConflictException.class, c -> {
                    assertThat(c.code()).isEqualTo("VERSION_CONFLICT");
                    assertThat(c.field()).isEqualTo("expectedVersion");
                });
        assertThat(world.inventory.level("p-mug").product().name()).isEqualTo("First");
    }

    @Test
    void anEditNeedsAnExistingProductAnUnchangedSkuAndAVersion() {
        assertThatThrownBy(() -> saveProduct.edit("p-none", ProductRequest.edit("X", 1, null, null, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> saveProduct.edit("p-mug", new ProductRequest("MUG-2", "X", 1L, null, null, null)))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues())
                        .extracting(FieldIssue::field).containsExactlyInAnyOrder("sku", "expectedVersion"));
    }

    @Test
    void theImportSetsAKnownCategoryLeavesAnEmptyOneAndReportsAnUnknownOneNamingTheField() {
        String csv = "sku,count,category\nMUG-BLU,10,Books\nTEE-RED,3,\nNOPE-1,1,food\nmug-x,1,toys\n";
        world.inventory.with(app.orderdesk.backend.fakes.InMemoryInventory.product("p-x", "MUG-X", "X", 100), 1);

        var report = world.importStockCounts.execute(csv, false, "mia");

        assertThat(report.rows()).extracting(r -> r.status())
                .containsExactly(Status.UPDATED, Status.UNCHANGED, Status.ERROR, Status.ERROR);
        assertThat(report.rows().get(3).message()).startsWith("category ").contains("books, food");
        assertThat(world.inventory.level("p-mug").product().category()).isEqualTo("books");
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
        assertThat(world.inventory.level("p-tee").product().category()).isNull();
        assertThat(world.inventory.level("p-x").product().category()).isNull();
        assertThat(world.movements.rows).isEmpty();
    }

    @Test
    void theImportAcceptsNoteAndCategoryInEitherOrderAndADryRunWritesNoCategory() {
        var report = world.importStockCounts.execute("productId,count,category,note\np-mug,10,food,recount\n", true, "mia");

        assertThat(report.rows()).extracting(r -> r.status()).containsExactly(Status.UPDATED);
        assertThat(world.inventory.level("p-mug").product().category()).isNull();
    }

    @Test
    void savingTheSettingsAnnouncesThemToEveryDesk() {
        var update = new UpdateStoreSettings(world.settings, Fakes.clock(), events);
        update.execute(new app.orderdesk.api.StoreSettingsRequest("S", "", "", "", "", 1900, "EUR", "de-DE", "UTC", "", null,
                Map.of("food", 500)), "mia");

        assertThat(announced).containsExactly("settings:" + Fakes.NOW);
    }

    @Test
    void refusedSettingsAnnounceNothing() {
        var update = new UpdateStoreSettings(world.settings, Fakes.clock(), events);
        assertThatThrownBy(() -> update.execute(new app.orderdesk.api.StoreSettingsRequest("S", "", "", "", "", -1, "EUR",
                "de-DE", "UTC", "", null, Map.of()), "mia")).isInstanceOf(ValidationFailedException.class);
        assertThat(announced).isEmpty();
    }
}
