package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StoreSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link PriceList} does: the products asked for, with their categories, and the store's current rates. */
public abstract class PriceListContract {

    protected abstract PriceList prices();

    protected abstract void seed(Product product);

    protected abstract StoreSettingsRepository settings();

    @Test
    void readsTheProductsWithTheirCategoriesAndTheStoresRates() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Product bread = new Product("p-price-bread-" + suffix, "BRD-" + suffix, "Rye Bread", Money.ofCents(1070), 0, "food");
        Product mug = new Product("p-price-mug-" + suffix, "MUG-" + suffix, "Mug", Money.ofCents(1190), 0);
        seed(bread);
        seed(mug);
        assertThat(prices().read(List.of(bread.productId())).store()).as("never saved: the defaults")
                .isEqualTo(StoreSettings.defaultsIn(StoreSettingsRepositoryContract.STORE_ZONE));
        StoreSettings store = new StoreSettings("Price Shop", "", "", "", "", 1900, "USD", "en-US", "UTC", "", "mia@example.test",
                Instant.parse("2026-03-05T10:00:00Z"), null, Map.of("food", 700));
        settings().save(store);

        PriceList.Prices prices = prices().read(List.of(bread.productId(), mug.productId(), "p-price-unknown-" + suffix));

        assertThat(prices.products()).containsOnlyKeys(bread.productId(), mug.productId());
        assertThat(prices.products().get(bread.productId())).isEqualTo(bread);
        assertThat(prices.products().get(mug.productId()).category()).isNull();
        assertThat(prices.store()).isEqualTo(store.inZone(StoreSettingsRepositoryContract.STORE_ZONE));
        assertThat(prices.store().taxRateFor(prices.products().get(bread.productId()).category())).isEqualTo(700);
    }
}
