package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.port.InventoryRepository.InventoryQuery;
import app.orderdesk.backend.port.InventoryRepository.InventorySlice;
import app.orderdesk.backend.port.InventoryRepository.ReserveOutcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InventoryRepository} does, the in-memory fake and the DynamoDB adapter alike:
 * reservations are per order, once, never below zero; release gives back, commit keeps the sale.
 */
public abstract class InventoryRepositoryContract {

    protected abstract InventoryRepository inventory();

    /** Creates (or overwrites) the product with {@code available} units and no reservations. */
    protected abstract void seed(Product product, long available);

    private Product seeded(String name, long available) {
        String id = "contract-" + UUID.randomUUID();
        Product product = new Product(id, "SKU-" + id.substring(9, 17).toUpperCase(), name, Money.ofCents(1250), 3);
        seed(product, available);
        return product;
    }

    private long available(Product product) {
        return inventory().find(product.productId()).orElseThrow().available();
    }

    @Test
    void findsWhatWasSeeded() {
        Product product = seeded("Contract Mug", 7);

        StockLevel level = inventory().find(product.productId()).orElseThrow();

        assertThat(level.product()).isEqualTo(product);
        assertThat(level.available()).isEqualTo(7);
        assertThat(level.reservations()).isEmpty();
        assertThat(inventory().find("contract-no-such-product")).isEmpty();
        assertThat(inventory().findProducts(List.of(product.productId(), "contract-no-such-product")))
                .containsOnlyKeys(product.productId()).containsValue(product);
    }

    @Test
    void reservesOncePerOrderAndNeverBelowZero() {
        Product product = seeded("Contract Lamp", 5);

        assertThat(inventory().reserve(product.productId(), "o-1", 3)).isEqualTo(new ReserveOutcome.Reserved());
        assertThat(inventory().reserve(product.productId(), "o-1", 3)).isEqualTo(new ReserveOutcome.AlreadyReserved());
        assertThat(inventory().reserve(product.productId(), "o-2", 3)).as("short while o-1 holds 3").isEqualTo(new ReserveOutcome.Insufficient(2, 3));
        assertThat(inventory().reserve("contract-no-such-product", "o-3", 1)).isEqualTo(new ReserveOutcome.UnknownProduct());

        StockLevel level = inventory().find(product.productId()).orElseThrow();
        assertThat(level.available()).isEqualTo(2);
        assertThat(level.reservations()).containsExactlyEntriesOf(java.util.Map.of("o-1", 3L));
    }

    @Test
    void aReleasedOrderIsFencedSoALateReservationChangesNothing() {
        Product product = seeded("Contract Fence", 5);
        inventory().reserve(product.productId(), "o-1", 2);
        inventory().release(product.productId(), "o-1");

        assertThat(inventory().reserve(product.productId(), "o-1", 2)).isEqualTo(new ReserveOutcome.Fenced());
        assertThat(inventory().find(product.productId()).orElseThrow().available()).isEqualTo(5);
    }

    @Test
    void releaseGivesTheStockBackOnce() {
        Product product = seeded("Contract Kettle", 5);
        inventory().reserve(product.productId(), "o-1", 2);

        assertThat(inventory().release(product.productId(), "o-1")).isTrue();
        assertThat(inventory().release(product.productId(), "o-1")).as("second release").isFalse();
        assertThat(inventory().release(product.productId(), "o-never")).isFalse();

        assertThat(available(product)).isEqualTo(5);
        assertThat(inventory().find(product.productId()).orElseThrow().reservations()).isEmpty();
    }

    @Test
    void commitKeepsTheSaleAndDropsTheReservationOnce() {
        Product product = seeded("Contract Teapot", 5);
        inventory().reserve(product.productId(), "o-1", 2);

        assertThat(inventory().commit(product.productId(), "o-1")).isTrue();
        assertThat(inventory().commit(product.productId(), "o-1")).as("second commit").isFalse();
        assertThat(inventory().release(product.productId(), "o-1")).as("release after commit").isFalse();

        assertThat(available(product)).isEqualTo(3);
        assertThat(inventory().find(product.productId()).orElseThrow().reservations()).isEmpty();
    }

    @Test
    void concurrentOrdersNeverReserveMoreThanThereIs() throws Exception {
        Product product = seeded("Contract Last Units", 5);
        List<Callable<ReserveOutcome>> orders = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String orderId = "o-" + i;
            orders.add(() -> inventory().reserve(product.productId(), orderId, 1));
        }
        List<ReserveOutcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<ReserveOutcome> f : pool.invokeAll(orders)) {
                outcomes.add(f.get());
            }
        }

        assertThat(outcomes).filteredOn(o -> o instanceof ReserveOutcome.Reserved).hasSize(5);
        assertThat(outcomes).filteredOn(o -> !(o instanceof ReserveOutcome.Reserved)).allMatch(o -> o instanceof ReserveOutcome.Insufficient);
        assertThat(available(product)).isZero();
        assertThat(inventory().find(product.productId()).orElseThrow().reservations()).hasSize(5);
    }

    @Test
    void listingPageByPageFindsEveryMatchOnce() {
        String token = "Contract" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> seededIds = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            seededIds.add(seeded(token + " Item " + i, i).productId());
        }

        List<String> listed = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            InventorySlice slice = inventory().list(new InventoryQuery(2, after, token.toLowerCase(), false));
            slice.items().forEach(level -> listed.add(level.product().productId()));
            after = slice.lastKey();
        } while (after != null && ++pages < 10_000);

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seededIds);
    }
}
