package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.port.ProductCatalog.EditOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProductCatalog} does, the in-memory fake and the DynamoDB adapter alike: a create
 * never replaces, an edit lands only on the version it started from and keeps stock and reservations.
 */
public abstract class ProductCatalogContract {

    protected abstract ProductCatalog catalog();

    /** The stock side of the same items (to seed products as the demo catalogue does, and to reserve). */
    protected abstract InventoryRepository inventory();

    /** Writes the product as seeding does: no version attribute (version 0). */
    protected abstract void seed(Product product, long available);

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Product seeded(long available) {
        String id = "contract-" + UUID.randomUUID();
        Product product = new Product(id, "SKU-" + unique(), "Seeded", Money.ofCents(1250), 3);
        seed(product, available);
        return product;
    }

    @Test
    void aNewProductStartsAtVersionOneWithNoStockAndIsFoundBySkuWhateverTheCase() {
        String sku = "NEW-" + unique();
        Product product = new Product("contract-" + UUID.randomUUID(), sku, "New thing", Money.ofCents(990, "EUR"), 2, "food");

        StockLevel created = catalog().create(product).orElseThrow();

        assertThat(created.product().version()).isEqualTo(1);
        assertThat(created.available()).isZero();
        assertThat(catalog().find(product.productId()).orElseThrow().product())
                .isEqualTo(new Product(product.productId(), sku, "New thing", Money.ofCents(990, "EUR"), 2, "food", 1));
        assertThat(catalog().skuInUse(sku.toLowerCase())).isTrue();
        assertThat(catalog().skuInUse(sku + "-X")).isFalse();
    }

    @Test
    void aCreateNeverReplacesAProduct() {
        Product existing = seeded(7);

        assertThat(catalog().create(new Product(existing.productId(), "OTHER-" + unique(), "Other", Money.ofCents(1), 0))).isEmpty();

        assertThat(catalog().find(existing.productId()).orElseThrow().product()).isEqualTo(existing);
        assertThat(catalog().find(existing.productId()).orElseThrow().available()).isEqualTo(7);
    }

    @Test
    void anEditOfASeededProductStartsFromVersionZeroAndKeepsStockAndReservations() {
        Product product = seeded(9);
        inventory().reserve(product.productId(), "order-" + unique(), 4);

        var outcome = catalog().edit(new Product(product.productId(), product.sku(), "Renamed", Money.ofCents(2000), 5, "books"), 0);

        assertThat(outcome).isInstanceOfSatisfying(EditOutcome.Edited.class, e -> {
            assertThat(e.level().product()).isEqualTo(new Product(product.productId(), product.sku(), "Renamed", Money.ofCents(2000), 5, "books", 1));
            assertThat(e.level().available()).isEqualTo(5);
            assertThat(e.level().reserved()).isEqualTo(4);
        });
        var cleared = catalog().edit(new Product(product.productId(), product.sku(), "Renamed", Money.ofCents(2000), 5, null), 1);
        assertThat(cleared).isInstanceOfSatisfying(EditOutcome.Edited.class, e -> assertThat(e.level().product().category()).isNull());
    }

    @Test
    void anEditFromAnOldVersionIsStaleAndAMissingProductIsNotFound() {
        Product product = seeded(1);
        catalog().edit(new Product(product.productId(), product.sku(), "First", Money.ofCents(1), 0), 0);

        assertThat(catalog().edit(new Product(product.productId(), product.sku(), "Second", Money.ofCents(2), 0), 0))
                .isEqualTo(new EditOutcome.Stale(1));
        assertThat(catalog().find(product.productId()).orElseThrow().product().name()).isEqualTo("First");
        assertThat(catalog().edit(new Product("contract-missing-" + UUID.randomUUID(), "X", "X", Money.ofCents(1), 0), 0))
                .isEqualTo(new EditOutcome.NotFound());
    }

    @Test
    void ofTwoConcurrentEditsFromOneVersionExactlyOneLands() throws Exception {
        Product product = seeded(1);
        List<Callable<EditOutcome>> edits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "Editor " + i;
            edits.add(() -> catalog().edit(new Product(product.productId(), product.sku(), name, Money.ofCents(100), 0), 0));
        }
        List<EditOutcome> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (Future<EditOutcome> f : pool.invokeAll(edits)) {
                outcomes.add(f.get());
            }
        }
        assertThat(outcomes).filteredOn(o -> o instanceof EditOutcome.Edited).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof EditOutcome.Stale).hasSize(5);
        assertThat(catalog().find(product.productId()).orElseThrow().product().version()).isEqualTo(1);
    }

    @Test
    void settingACategoryMovesTheVersionAndNeedsTheProduct() {
        Product product = seeded(3);

        assertThat(catalog().setCategory(product.productId(), "food")).isTrue();

        Product now = catalog().find(product.productId()).orElseThrow().product();
        assertThat(now.category()).isEqualTo("food");
        assertThat(now.version()).isEqualTo(1);
        assertThat(catalog().find(product.productId()).orElseThrow().available()).isEqualTo(3);
        assertThat(catalog().setCategory("contract-missing-" + UUID.randomUUID(), "food")).isFalse();
    }
}
