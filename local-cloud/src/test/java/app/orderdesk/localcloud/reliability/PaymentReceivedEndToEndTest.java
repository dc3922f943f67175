package app.orderdesk.localcloud.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static app.orderdesk.localcloud.reliability.Reliability.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ADR 0071 on the local cloud (the template's function, its enforced IAM policy, dynalite): support records that the
 * customer of an order paid on delivery paid; the order shows it, a desk following the order is pushed its status, a
 * repeat keeps the first record, another method, a card order, a fully credited order, staff and a bad method are refused.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class PaymentReceivedEndToEndTest {

    private static Reliability r;

    @BeforeAll
    static void start() {
        r = Reliability.get();
        // the function's first call may pay for its cold start on a loaded machine: an unknown order (404), sent again if it timed out
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                record("support", UUID.randomUUID().toString(), "{\"method\":\"CASH\"}");
                return;
            } catch (IllegalStateException timedOut) {
                // cold start: again
            }
        }
    }

    @Test
    void supportRecordsThePaymentOfAnOrderPaidOnDeliveryAndARepeatKeepsTheFirstRecord() throws Exception {
        String product = r.seedProduct("rel-pod-paid", "Delivery Kettle", 2500, 10);
        String orderId = r.completedOrder("pod", "tok_payOnDelivery", line(product, 1));
        assertThat(r.getAs("staff", "/orders/" + orderId).json().path("paymentReceived").isNull()).as("outstanding").isTrue();

        Reliability.Reply byStaff = record("staff", orderId, "{\"method\":\"CASH\"}");
        Reliability.Reply badMethod = record("support", orderId, "{\"method\":\"CHEQUE\"}");
        assertThat(r.orderItem(orderId)).as("nothing recorded by a refused call").doesNotContainKey("paymentReceived");

        try (FollowingDesk desk = FollowingDesk.following(r, orderId)) {
            Instant before = Instant.now();
            Reliability.Reply recorded = record("support", orderId, "{\"method\":\"BANK_TRANSFER\",\"note\":\"  ref 2026-1201 \"}");
            Instant after = Instant.now();
            JsonNode shown = r.getAs("staff", "/orders/" + orderId).json().path("paymentReceived");
            Reliability.Reply repeat = record("managers", orderId, "{\"method\":\"BANK_TRANSFER\",\"note\":\"again\"}");
            Reliability.Reply otherMethod = record("managers", orderId, "{\"method\":\"CASH\"}");
            List<JsonNode> pushed = await().atMost(Duration.ofSeconds(30)).until(() -> desk.changesOf(orderId), c -> !c.isEmpty());
            Map<String, AttributeValue> stored = r.orderItem(orderId).get("paymentReceived").m();

            System.out.printf("reliability: payment received: staff -> %d; bad method -> %d %s; support -> %d %s; GET shows %s;"
                            + " repeat -> %d (recordedBy %s); other method -> %d %s '%s'; pushed to the following desk %s; stored %s%n",
                    byStaff.status(), badMethod.status(), badMethod.json().path("details"), recorded.status(),
                    recorded.json().path("paymentReceived"), shown, repeat.status(), repeat.json().path("paymentReceived").path("recordedBy").asText(),
                    otherMethod.status(), otherMethod.json().path("code").asText(), otherMethod.json().path("message").asText(), pushed, stored.keySet());

            assertThat(byStaff.status()).as(byStaff.body()).isEqualTo(403);
            assertThat(badMethod.status()).as(badMethod.body()).isEqualTo(400);
            assertThat(badMethod.json().path("details").get(0).path("field").asText()).isEqualTo("method");
            assertThat(badMethod.json().path("details").get(0).path("issue").asText()).contains("CASH, BANK_TRANSFER, CARD_ON_DELIVERY, OTHER");

            assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
            JsonNode received = recorded.json().path("paymentReceived");
            String support = r.cloud.demoUser("support").username();
            assertThat(received.path("method").asText()).isEqualTo("BANK_TRANSFER");
            assertThat(received.path("note").asText()).isEqualTo("ref 2026-1201");
            assertThat(received.path("recordedBy").asText()).isEqualTo(support);
            assertThat(Instant.parse(received.path("recordedAt").asText())).isBetween(before.minusSeconds(2), after.plusSeconds(2));
            assertThat(recorded.json().path("status").asText()).isEqualTo("COMPLETED");
            assertThat(recorded.json().path("paymentMethod").asText()).isEqualTo("ON_DELIVERY");
            assertThat(shown).as("GET /orders/{id}").isEqualTo(received);

            assertThat(repeat.status()).as(repeat.body()).isEqualTo(200);
            assertThat(repeat.json().path("paymentReceived")).as("the first record stays").isEqualTo(received);
            assertThat(otherMethod.status()).as(otherMethod.body()).isEqualTo(409);
            assertThat(otherMethod.json().path("code").asText()).isEqualTo("PAYMENT_ALREADY_RECEIVED");
            // when, on the store's clock with its zone named (the deployment's StoreTimeZone, ADR 0080), not a UTC instant
            java.time.ZoneId storeZone = java.time.ZoneId.of(r.getAs("staff", "/store-settings").json().path("timeZone").asText());
            String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(Instant.parse(received.path("recordedAt").asText()).atZone(storeZone));
            assertThat(otherMethod.json().path("message").asText())
                    .contains("bank transfer", support, " at " + when + " (" + storeZone.getId() + ").");

            assertThat(pushed).as("the desk following the order hears of it (and reads it again)")
                    .anySatisfy(change -> assertThat(change.path("status").asText()).isEqualTo("COMPLETED"));
            assertThat(attr(stored, "method")).isEqualTo("BANK_TRANSFER");
            assertThat(attr(stored, "recordedBy")).isEqualTo(support);
        }
    }

    @Test
    void aCardOrderAndAFullyCreditedOrderPaidOnDeliveryTakeNoPayment() {
        String product = r.seedProduct("rel-pod-none", "Delivery Toaster", 1800, 10);
        String card = r.completedOrder("pod", "tok_visa", line(product, 1));
        String credited = r.completedOrder("pod", "tok_payOnDelivery", line(product, 1));
        Reliability.Reply refund = r.sendRetrying(0, "POST", "/orders/" + credited + "/refunds", "Bearer " + r.idToken("support"),
                Map.of("Idempotency-Key", "pod-" + UUID.randomUUID(), "Content-Type", "application/json"),
                "{\"full\":true,\"restock\":true,\"reason\":\"CUSTOMER_REQUEST\"}".getBytes());
        assertThat(refund.status()).as(refund.body()).isEqualTo(201);
        assertThat(refund.json().path("state").asText()).isEqualTo("CREDITED");

        Reliability.Reply byCard = record("support", card, "{\"method\":\"CASH\"}");
        Reliability.Reply fullyCredited = record("managers", credited, "{\"method\":\"CASH\"}");
        System.out.printf("reliability: payment received: card order -> %d %s '%s'; fully credited order (%s) -> %d %s '%s'%n",
                byCard.status(), byCard.json().path("code").asText(), byCard.json().path("message").asText(),
                attr(r.orderItem(credited), "status"), fullyCredited.status(), fullyCredited.json().path("code").asText(),
                fullyCredited.json().path("message").asText());

        assertThat(byCard.status()).as(byCard.body()).isEqualTo(409);
        assertThat(byCard.json().path("code").asText()).isEqualTo("NOT_PAID_ON_DELIVERY");
        assertThat(byCard.json().path("message").asText()).contains("was paid by card when it was placed; there is nothing to collect");
        assertThat(attr(r.orderItem(credited), "status")).isEqualTo("REFUNDED");
        assertThat(fullyCredited.status()).as(fullyCredited.body()).isEqualTo(409);
        assertThat(fullyCredited.json().path("code").asText()).isEqualTo("NOT_COLLECTABLE");
        assertThat(fullyCredited.json().path("message").asText()).contains("nothing is owed");
        assertThat(r.orderItem(card)).doesNotContainKey("paymentReceived");
        assertThat(r.orderItem(credited)).doesNotContainKey("paymentReceived");
    }

    // ---------- helpers ----------

    private static Reliability.Reply record(String role, String orderId, String body) {
        return r.sendRetrying(0, "POST", "/orders/" + orderId + "/payment-received", "Bearer " + r.idToken(role),
                Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }
}
