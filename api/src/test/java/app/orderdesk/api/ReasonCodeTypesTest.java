package app.orderdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order's and the timeline step's reason codes travel as JSON; an answer from before codes still reads. */
class ReasonCodeTypesTest {

    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void anOrdersReasonCodeAndItsValuesRoundTrip() throws Exception {
        var order = new OrderView("o-1", "OD-1", OrderStatus.REJECTED, "Out of stock: Blue Mug (SKU MUG-BLU) has 2, 5 requested",
                new CustomerDetails("a@example.test", "Ada", null), List.of(), 1250, "USD", null, false, AT, AT, List.of(),
                "OUT_OF_STOCK", Map.of("sku", "MUG-BLU", "available", "2", "requested", "5"));

        String json = ApiJson.strict().writeValueAsString(order);
        OrderView read = ApiJson.strict().readValue(json, OrderView.class);

        assertThat(json).contains("\"statusReasonCode\":\"OUT_OF_STOCK\"").contains("\"sku\":\"MUG-BLU\"");
        assertThat(read).isEqualTo(order);
        assertThat(read.withRefunds(List.of()).statusReasonCode()).as("kept by withRefunds").isEqualTo("OUT_OF_STOCK");
    }

    @Test
    void anOrderFromBeforeCodesReadsWithNoCodeAndNoValues() throws Exception {
        String json = "{\"orderId\":\"o-1\",\"orderNumber\":\"OD-1\",\"status\":\"PAYMENT_DECLINED\","
                + "\"statusReason\":\"Payment declined by the card issuer\",\"lines\":[],\"totalCents\":0,\"currency\":\"USD\","
                + "\"receiptAvailable\":false}";

        OrderView read = ApiJson.lenient().readValue(json, OrderView.class);

        assertThat(read.statusReason()).isEqualTo("Payment declined by the card issuer");
        assertThat(read.statusReasonCode()).isNull();
        assertThat(read.statusReasonParams()).isEmpty();
    }

    @Test
    void aTimelineStepCarriesItsCausesCode() throws Exception {
        var step = new TimelineStep("ProcessPayment", "FAILED", AT, AT, 5L, 1, "PaymentDeclinedException",
                "Payment declined by the card issuer", "PAYMENT_DECLINED_BY_ISSUER", null);

        TimelineStep read = ApiJson.strict().readValue(ApiJson.strict().writeValueAsString(step), TimelineStep.class);

        assertThat(read).isEqualTo(step);
        assertThat(read.causeParams()).isEmpty();
        assertThat(new TimelineStep("X", "SUCCEEDED", AT, AT, 1L, 1, null, null).causeCode()).isNull();
    }
}
