package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.api.TimelineStep;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** issue 13: the reasons the server writes reach a German desk in German, by their code; unknown codes as written. */
class ReasonWordsTest {

    private final Locale before = Locale.getDefault();

    private static void deskIn(Locale locale) {
        Locale.setDefault(locale);
        ResourceBundle.clearCache();
    }

    @AfterEach
    void restore() {
        deskIn(before);
        Money.useStore("en-US", "USD");
    }

    @Test
    void aGermanDeskWordsADeclineByItsCode() {
        deskIn(Locale.GERMANY);

        assertThat(ReasonWords.describe("PAYMENT_DECLINED_BY_ISSUER", Map.of(), "Payment declined by the card issuer"))
                .isEqualTo("Zahlung von der kartenausgebenden Bank abgelehnt");
    }

    @Test
    void anEnglishDeskWordsItFromItsBundleToo() {
        deskIn(Locale.US);

        assertThat(ReasonWords.describe("PAYMENT_DECLINED_INSUFFICIENT_FUNDS", Map.of(), "server text"))
                .isEqualTo("Payment declined: insufficient funds");
    }

    @Test
    void outOfStockNamesTheSkuAndCountsInBothLanguages() {
        Map<String, String> params = Map.of("sku", "MUG-BLU", "name", "Blue Mug", "available", "2", "requested", "5");
        deskIn(Locale.GERMANY);
        assertThat(ReasonWords.describe("OUT_OF_STOCK", params, "Out of stock: …"))
                .isEqualTo("Nicht vorrätig: Blue Mug (Art.-Nr. MUG-BLU) – 2 verfügbar, 5 bestellt");
        deskIn(Locale.US);
        assertThat(ReasonWords.describe("OUT_OF_STOCK", params, "x"))
                .isEqualTo("Out of stock: Blue Mug (SKU MUG-BLU) has 2, 5 requested");
    }

    @Test
    void anUnknownCodeOrNoCodeOrAMissingValueShowsTheServersText() {
        deskIn(Locale.GERMANY);

        assertThat(ReasonWords.describe("GIFT_CARD_EMPTY", Map.of(), " The gift card is empty ")).isEqualTo("The gift card is empty");
        assertThat(ReasonWords.describe(null, null, "Written before codes")).isEqualTo("Written before codes");
        assertThat(ReasonWords.describe("OUT_OF_STOCK", Map.of("sku", "MUG-BLU"), "Out of stock: Blue Mug"))
                .as("the words need values the server did not send").isEqualTo("Out of stock: Blue Mug");
        assertThat(ReasonWords.describe(null, null, null)).isEmpty();
    }

    @Test
    void amountsAreInTheStoresMoneyAndStepsAndCausesInWords() {
        deskIn(Locale.GERMANY);
        Money.useStore("de-DE", "EUR");

        assertThat(ReasonWords.describe("REFUND_REFUNDED", Map.of("amountCents", "1250", "currency", "EUR", "actor", "sam",
                "refundReason", "DAMAGED", "lines", "1|Tasse|true\n2|Shirt|false"), "x"))
                .isEqualTo("12,50\u00a0€ erstattet von sam: " + app.orderdesk.desktop.ui.Messages.text("refund.reason.DAMAGED")
                        + " — 1 × Tasse (zurück im Lager), 2 × Shirt (nicht zurück im Lager)");
        assertThat(ReasonWords.describe("HELD_FOR_RETRY", Map.of("step", "ReserveStock", "cause", "SERVICE_UNAVAILABLE"), "x"))
                .isEqualTo("Ein benötigter Dienst war nicht erreichbar; die Bestellung wurde angehalten bei „Ware reservieren“; "
                        + "die Bestellung ist mit reserviertem Bestand angehalten: ab diesem Schritt wiederholen oder stornieren");
        assertThat(ReasonWords.describe("CANCELLED_BY", Map.of("actor", "mia", "note", "Kunde rief an"), "x"))
                .isEqualTo("Storniert von mia: Kunde rief an");
        assertThat(ReasonWords.describe("CANCELLED_BY", Map.of("actor", "mia"), "x")).isEqualTo("Storniert von mia");
    }

    @Test
    void theOrderAndItsTimelineShowTheWordsNotTheServersTextWhenACodeExists() {
        deskIn(Locale.GERMANY);
        FakeApiClient api = new FakeApiClient();
        api.statuses.addAll(List.of(OrderStatus.RESERVED, OrderStatus.PAYMENT_DECLINED));
        api.statusReason = "Payment declined by the card issuer";
        api.statusReasonCode = "PAYMENT_DECLINED_BY_ISSUER";
        var tracking = new OrderTrackingViewModel(api, new SameThreadExecutor(), pdf -> null);

        tracking.track(new PlaceOrderResponse("o-1", "OD-1001", OrderStatus.RECEIVED));

        assertThat(tracking.statusReasonProperty().get()).isEqualTo("Zahlung von der kartenausgebenden Bank abgelehnt");
        var step = new TimelineStep("ProcessPayment", "FAILED", Instant.now(), Instant.now(), 5L, 1,
                "app.orderdesk.backend.errors.PaymentDeclinedException", "Payment declined by the card issuer",
                "PAYMENT_DECLINED_BY_ISSUER", Map.of());
        assertThat(StepWords.error(step, null)).as("the coded reason alone, not after the error's name")
                .isEqualTo("Zahlung von der kartenausgebenden Bank abgelehnt");
        var audit = new TimelineStep("RetryRequested", "SUCCEEDED", Instant.now(), Instant.now(), 0L, 1, null,
                "Retried from ReserveStock by sam (retry 1)", "RETRIED_FROM_STEP",
                Map.of("step", "ReserveStock", "actor", "sam", "attempt", "1"));
        assertThat(StepWords.cause(audit)).isEqualTo("Ab „Ware reservieren“ wiederholt von sam (Versuch 1)");
    }
}
