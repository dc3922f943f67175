package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.StoreSettingsRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.InMemoryInventory;
import app.orderdesk.backend.fakes.InMemoryOrderRepository;
import app.orderdesk.backend.port.PriceList;
import app.orderdesk.pricing.OrderTotals;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** issue 13: tax per product category — the settings, the rate each line records, the totals. */
class TaxByCategoryTest {

    private final Fakes.Settings settings = new Fakes.Settings(java.time.ZoneId.of("Europe/Berlin"));
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final UpdateStoreSettings update = new UpdateStoreSettings(settings, clock);

    private static StoreSettingsRequest request(Map<String, Integer> categoryRates) {
        return new StoreSettingsRequest("Shop", "", "", "", "", 1900, "EUR", "de-DE", "Europe/Berlin", "", null, categoryRates);
    }

    @Test
    void savesCategoryRatesLowerCasedBesideTheDefaultRate() {
        var view = update.execute(request(Map.of(" Food ", 700, "books", 700)), "mia");

        assertThat(view.categoryTaxRates()).containsExactly(Map.entry("books", 700), Map.entry("food", 700));
        assertThat(settings.current().taxRateFor("food")).isEqualTo(700);
        assertThat(settings.current().taxRateFor("tools")).as("no rate of its own: the default").isEqualTo(1900);
        assertThat(settings.current().taxRateFor(null)).isEqualTo(1900);
    }

    @Test
    void oneRateStillWorks() {
        var view = update.execute(request(null), "mia");

        assertThat(view.categoryTaxRates()).isEmpty();
        assertThat(settings.current().taxRateFor("food")).isEqualTo(1900);
    }

    @Test
    void aWrongRateOrCategoryIsNamedByItsCategoryAndNothingIsWritten() {
        Map<String, Integer> bad = new LinkedHashMap<>();
        bad.put("food", 10_001);
        bad.put("books", -1);
        bad.put("wine & spirits", 2000);
        bad.put("x".repeat(31), 700);
        bad.put("Tools", null);

        assertThatThrownBy(() -> update.execute(request(bad), "mia"))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues()).extracting(FieldIssue::field)
                        .containsExactlyInAnyOrder("categoryTaxRates.food", "categoryTaxRates.books",
                                "categoryTaxRates.wine & spirits", "categoryTaxRates." + "x".repeat(31), "categoryTaxRates.tools"));
        assertThat(settings.saves).isZero();
    }

    @Test
    void twoSpellingsOfOneCategoryAreRefusedNotSilentlyMerged() {
        Map<String, Integer> twice = new LinkedHashMap<>();
        twice.put("food", 700);
        twice.put("FOOD", 1900);

        assertThatThrownBy(() -> update.execute(request(twice), "mia"))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues()).extracting(FieldIssue::field)
                        .containsExactly("categoryTaxRates.food"));
    }

    @Test
    void eachLineRecordsItsCategorysRateWhenPlacedAndKeepsItAfterASettingsChange() {
        var inventory = new InMemoryInventory()
                .with(new Product("p-bread", "BRD-RYE", "Rye Bread", Money.ofCents(1070, "EUR"), 0, "food"), 10)
                .with(new Product("p-mug", "MUG-BLU", "Blue Mug", Money.ofCents(1190, "EUR"), 0), 10);
        update.execute(request(Map.of("food", 700)), "mia");
        var orders = new InMemoryOrderRepository();
        var placeOrder = new PlaceOrder(PriceList.of(inventory, settings), new Fakes.Idempotency(), new Fakes.Counter(), orders,
                new Fakes.Workflow(), Fakes.sequentialIds(), clock, RecordPlacedOrder.nothing());

        String orderId = placeOrder.execute("key-1", new PlaceOrderRequest(List.of(new OrderLineRequest("p-bread", 1),
                new OrderLineRequest("p-mug", 2)), new CustomerDetails("ada@example.test", "Ada", null), "tok_visa")).orderId();
        update.execute(new StoreSettingsRequest("Shop", "", "", "", "", 2000, "EUR", "de-DE", "Europe/Berlin", "", null,
                Map.of("food", 500)), "mia");

        Order order = orders.find(orderId).orElseThrow();
        assertThat(order.lines()).extracting(OrderLine::taxRateBasisPoints).containsExactly(700, 1900);
        OrderTotals.Totals totals = settings.current().totalsOf(order.lines());
        assertThat(totals.taxByRate()).containsExactly(new OrderTotals.TaxGroup(700, 1070, 70), new OrderTotals.TaxGroup(1900, 2380, 380));
        assertThat(totals.subtotalCents() + totals.taxCents()).isEqualTo(order.total().cents()).isEqualTo(3450);
    }

    @Test
    void aLinePlacedBeforeRatesWereRecordedUsesTheStoresDefaultRate() {
        StoreSettings store = new StoreSettings("S", "", "", "", "", 1900, "EUR", "de-DE", "UTC", "", null, null, null,
                Map.of("food", 700));
        OrderLine old = new OrderLine("p-bread", "BRD", "Bread", 1, Money.ofCents(1190, "EUR"));

        assertThat(old.taxRate(store)).isEqualTo(1900);
        assertThat(store.totalsOf(List.of(old)).taxCents()).isEqualTo(190);
    }
}
