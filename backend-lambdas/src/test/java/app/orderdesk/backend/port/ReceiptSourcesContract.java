package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StoreSettings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReceiptSources} does, the fake and the DynamoDB adapter alike: the order exactly as
 * its repository reads it, with the settings exactly as theirs reads them (the defaults until saved).
 */
public abstract class ReceiptSourcesContract {

    /** Where the orders are written. */
    protected abstract OrderRepository orders();

    /** Where the settings are written; a fresh, unsaved record for each test class instance. */
    protected abstract StoreSettingsRepository settings();

    /** Reads {@link #orders()} and {@link #settings()} together. */
    protected abstract ReceiptSources sources();

    private Order placed() {
        String id = UUID.randomUUID().toString();
        Product mug = new Product("p-contract-mug", "MUG-C", "Contract Mug", Money.ofCents(1250), 3);
        Order order = Order.place(id, "OD-" + id.substring(0, 6), new Customer("ada@example.test", "Ada Lovelace", "+44 20 7946 0000"),
                List.of(OrderLine.of(mug, 2)), "key-" + id, "tok_visa", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        assertThat(orders().create(order)).isTrue();
        return order;
    }

    @Test
    void readsTheOrderWithTheDefaultSettingsUntilAManagerSavesThem() {
        Order order = placed();

        var read = sources().find(order.orderId()).orElseThrow();

        assertThat(read.order()).isEqualTo(orders().find(order.orderId()).orElseThrow());
        assertThat(read.settings()).isEqualTo(StoreSettings.defaultsIn(StoreSettingsRepositoryContract.STORE_ZONE));
    }

    @Test
    void readsTheOrderWithTheSavedSettings() {
        Order order = placed();
        StoreSettings saved = new StoreSettings("Kaffeehaus Müller", "Hauptstraße 1\n10115 Berlin", "+49301234567", "laden@example.test",
                "DE123456789", 1900, "EUR", "de-DE", "Europe/Berlin", "Danke!", "mia@example.test", Instant.parse("2026-03-01T10:00:00Z"));
        settings().save(saved);

        var read = sources().find(order.orderId()).orElseThrow();

        assertThat(read.order()).isEqualTo(orders().find(order.orderId()).orElseThrow());
        assertThat(read.settings()).as("in the store's zone, as the repository reads it").isEqualTo(saved.inZone(StoreSettingsRepositoryContract.STORE_ZONE))
                .isEqualTo(settings().current());
    }

    @Test
    void findsNothingForAnUnknownOrder() {
        assertThat(sources().find(UUID.randomUUID().toString())).isEmpty();
    }
}
