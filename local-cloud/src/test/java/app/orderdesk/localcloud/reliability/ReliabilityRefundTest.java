package app.orderdesk.localcloud.reliability;

import app.orderdesk.localcloud.emulators.EmulatorFaults.Service;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.orderdesk.localcloud.reliability.Reliability.JSON;
import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static app.orderdesk.localcloud.reliability.Reliability.line;
import static app.orderdesk.localcloud.reliability.Reliability.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Refunds through the API on the local cloud: full and partial, restocked or damaged, the support
 * limit, only completed orders, idempotency, and two agents refunding the same line at once. Every
 * count is read from its store: refunds from the payments ledger ({@code refund#} items), RETURN
 * movements from StockMovements, stock from Inventory, credit notes from S3, mails from the SES store.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityRefundTest {

    private static final int RACE_ROUNDS = 8;

    private static Reliability r;
    private static PaymentsLedger ledger;
    /** Every order a test here refunded, for the ledger check at the end. */
    private static final Set<String> refundedOrders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() {
        r = Reliability.get();
        ledger = new PaymentsLedger(r);
        warmUp();
    }

    /**
     * One order and one refund before the tests, so their first calls do not pay for the functions'
     * cold start (on this loaded machine it can exceed the client's 30 s timeout). A timed-out call
     * is sent again with the same Idempotency-Key, as a careful client would: nothing here is asserted.
     */
    private static void warmUp() {
        String product = r.seedProduct("rel-refund-warm", "Warm-up Cup", 100, 10);
        String orderKey = UUID.randomUUID().toString();
        ObjectNode body = order(Reliability.uniqueEmail("refund-warm"), "Warm Up", "tok_visa", line(product, 1));
        String orderId = null;
        for (int attempt = 0; attempt < 4 && orderId == null; attempt++) {
            try {
                orderId = r.placeOrder(0, "staff", orderKey, body).json().path("orderId").asText();
            } catch (IllegalStateException timedOut) {
                // cold start: same key again
            }
        }
        if (orderId == null) {
            return;
        }
        r.awaitExecutions(List.of(orderId), Duration.ofSeconds(90));
        String refundKey = key();
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                refund("managers", orderId, refundKey, lines(sku(product), 1, true, "OTHER", "warm-up"));
                refundedOrders.add(orderId);
                return;
            } catch (IllegalStateException timedOut) {
                // cold start: same key again
            }
        }
    }

    @Test
    void partialDamagedAndFullRefundsGiveMoneyAndStockBackOnce() throws Exception {
        String mug = r.seedProduct("rel-refund-mug", "Refund Mug", 1000, 10);
        String vase = r.seedProduct("rel-refund-vase", "Refund Vase", 1500, 10);
        String email = Reliability.uniqueEmail("refund");
        String orderId = completedOrder(email, line(mug, 2), line(vase, 1));

        Reliability.Reply first = refund("support", orderId, key(), lines(sku(mug), 1, true, "CUSTOMER_REQUEST", null));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("state").asText()).isEqualTo("REFUNDED");
        assertThat(first.json().path("amountCents").asLong()).isEqualTo(1000);
        assertThat(status(orderId)).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(r.available(mug)).as("one mug back on the shelf").isEqualTo(9);

        Reliability.Reply damaged = refund("support", orderId, key(), lines(sku(vase), 1, false, "DAMAGED", "arrived cracked"));
        assertThat(damaged.status()).as(damaged.body()).isEqualTo(201);
        assertThat(r.available(vase)).as("a damaged vase does not go back to stock").isEqualTo(9);

        ObjectNode full = JSON.createObjectNode().put("full", true).put("restock", true).put("reason", "LATE");
        Reliability.Reply rest = refund("support", orderId, key(), full);
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        assertThat(rest.json().path("amountCents").asLong()).as("only the mug not yet refunded").isEqualTo(1000);
        assertThat(status(orderId)).isEqualTo("REFUNDED");
        assertThat(r.available(mug)).isEqualTo(10);

        Reliability.Reply again = refund("managers", orderId, key(), full);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("NOT_REFUNDABLE");

        var charge = ledger.chargesOf(orderId).getFirst();
        var applied = ledger.appliedRefundsOf(orderId);
        JsonNode detail = r.getAs("staff", "/orders/" + orderId).json();
        List<String> creditNotes = r.s3Objects("credit-notes/" + orderId + "/").stream().map(o -> o.key()).toList();
        List<JsonNode> mails = await().atMost(Duration.ofSeconds(10))
                .until(() -> r.mailsTo(email).stream().filter(m -> m.path("subject").asText().startsWith("Credit note")).toList(),
                        m -> m.size() >= 3);
        String refundId = detail.path("refunds").get(0).path("refundId").asText();
        Reliability.Reply link = r.getAs("staff", "/orders/" + orderId + "/credit-notes/" + refundId);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.json().path("url").asText())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        System.out.printf("reliability: refunds: order of 3500 -> 1 mug restocked (1000), 1 vase damaged (1500), full rest restocked (1000);"
                        + " statuses PARTIALLY_REFUNDED -> REFUNDED, 4th refund -> %d %s; payments ledger: charged %d, refunded %d, %d refund items applied;"
                        + " stock mug %d of 10 (RETURN movements %d), vase %d of 10 (RETURN movements %d); order detail lists %d refunds;"
                        + " credit notes in S3 %d, credit-note mails %d, credit-note link -> %d, %d bytes %s%n",
                again.status(), again.json().path("code").asText(), charge.amountCents(), charge.refundedCents(), applied.size(),
                r.available(mug), returnMovements(mug, orderId), r.available(vase), returnMovements(vase, orderId),
                detail.path("refunds").size(), creditNotes.size(), mails.size(), link.status(), pdf.body().length,
                new String(pdf.body(), 0, Math.min(5, pdf.body().length)));
        assertThat(charge.amountCents()).isEqualTo(3500);
        assertThat(charge.refundedCents()).isEqualTo(3500);
        assertThat(applied).hasSize(3);
        assertThat(applied.stream().mapToLong(PaymentsLedger.RefundEntry::amountCents).sum()).isEqualTo(3500);
        assertThat(returnMovements(mug, orderId)).isEqualTo(2);
        assertThat(returnMovements(vase, orderId)).isZero();
        assertThat(detail.path("status").asText()).isEqualTo("REFUNDED");
        assertThat(detail.path("refunds")).hasSize(3);
        assertThat(detail.path("refunds").get(1).path("lines").get(0).path("restock").asBoolean()).isFalse();
        assertThat(detail.path("refunds").get(1).path("note").asText()).isEqualTo("arrived cracked");
        assertThat(creditNotes).hasSize(3);
        assertThat(mails).hasSize(3);
        assertThat(mails.getFirst().path("attachments").get(0).path("filename").asText(
                mails.getFirst().path("attachments").get(0).path("fileName").asText())).startsWith("credit-note-");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

    /**
     * Audit, session 34: a full refund the gateway refuses gave the amount back but left the order REFUNDED with nothing
     * refunded — no refund or payment record possible after it. And a full refund whose status write was lost (the call
     * stopped between its two writes) stayed PARTIALLY_REFUNDED though its retry answered 201.
     */
    @Test
    void aRefusedRefundLeavesTheOrderCompletedAndARetryPutsALostStatusWriteRight() {
        String cup = r.seedProduct("rel-refund-refused", "Refused Cup", 1200, 10);
        String refusedOrder = completedOrder(Reliability.uniqueEmail("refund-refused"), line(cup, 1));
        var charge = ledger.chargesOf(refusedOrder).getFirst();
        // the money went back through the provider's own dashboard: nothing is left of the charge to refund
        r.dynamoDb.updateItem(u -> u.tableName(r.cloud.tableName("PaymentsLedgerTable"))
                .key(Map.of("pk", AttributeValue.fromS("charge#" + charge.paymentId())))
                .updateExpression("SET refundedCents = amountCents"));
        ObjectNode full = JSON.createObjectNode().put("full", true).put("restock", true).put("reason", "LATE");

        Reliability.Reply refused = refund("managers", refusedOrder, key(), full);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("REFUND_REFUSED");
        var after = r.orderItem(refusedOrder);
        assertThat(attr(after, "status")).as("nothing stays refunded: the order is as before").isEqualTo("COMPLETED");
        assertThat(after.get("refundedCents").n()).isEqualTo("0");
        assertThat(r.available(cup)).as("nothing came back to the shelf").isEqualTo(9);

        String lostOrder = completedOrder(Reliability.uniqueEmail("refund-lost"), line(cup, 1));
        String sameKey = key();
        assertThat(refund("managers", lostOrder, sameKey, full).status()).isEqualTo(201);
        assertThat(status(lostOrder)).isEqualTo("REFUNDED");
        // as if the call had stopped after the refund's write and before its status write
        r.dynamoDb.updateItem(u -> u.tableName(r.cloud.tableName("OrdersTable"))
                .key(Map.of("orderId", AttributeValue.fromS(lostOrder)))
                .updateExpression("SET #s = :partial").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":partial", AttributeValue.fromS("PARTIALLY_REFUNDED"))));

        Reliability.Reply retried = refund("managers", lostOrder, sameKey, full);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(status(lostOrder)).as("the retry puts the status the totals say").isEqualTo("REFUNDED");
        System.out.printf("reliability: a refused full refund leaves the order %s with refundedCents %s; a retry after a lost status"
                + " write -> %s%n", attr(after, "status"), after.get("refundedCents").n(), status(lostOrder));
    }

    @Test
    void theRefundsRouteAndTheTimelineListEveryRefund() throws Exception {
        String mug = r.seedProduct("rel-refund-list-mug", "Listed Mug", 1000, 10);
        String email = Reliability.uniqueEmail("refund-list");
        String orderId = completedOrder(email, line(mug, 3));
        Reliability.Reply none = r.getAs("support", "/orders/" + orderId + "/refunds");
        Reliability.Reply returned = refund("support", orderId, key(), lines(sku(mug), 1, true, "CUSTOMER_REQUEST", "changed mind"));
        Reliability.Reply damaged = refund("managers", orderId, key(), lines(sku(mug), 1, false, "DAMAGED", null));
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        assertThat(damaged.status()).as(damaged.body()).isEqualTo(201);

        Reliability.Reply bySupport = r.getAs("support", "/orders/" + orderId + "/refunds");
        Reliability.Reply byManager = r.getAs("managers", "/orders/" + orderId + "/refunds");
        Reliability.Reply byStaff = r.getAs("staff", "/orders/" + orderId + "/refunds");
        Reliability.Reply unknown = r.getAs("support", "/orders/" + java.util.UUID.randomUUID() + "/refunds");
        JsonNode timeline = r.getAs("staff", "/orders/" + orderId + "/timeline").json();
        List<String> refundSteps = new java.util.ArrayList<>();
        timeline.path("steps").forEach(step -> {
            if (step.path("name").asText().equals("Refund")) {
                refundSteps.add(step.path("status").asText() + " " + step.path("cause").asText());
            }
        });
        System.out.printf("reliability: refunds list: before any refund %d %s; after 2 refunds support %d (%d refunds), managers %d, staff %d,"
                        + " unknown order %d %s; timeline execution %s, refund steps %s%n",
                none.status(), none.body(), bySupport.status(), bySupport.json().size(), byManager.status(), byStaff.status(),
                unknown.status(), unknown.json().path("code").asText(), timeline.path("executionStatus").asText(), refundSteps);

        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json()).isEmpty();
        assertThat(bySupport.status()).isEqualTo(200);
        assertThat(bySupport.json()).hasSize(2);
        assertThat(bySupport.json().get(0).path("refundId").asText()).isEqualTo(returned.json().path("refundId").asText());
        assertThat(bySupport.json().get(1).path("reason").asText()).isEqualTo("DAMAGED");
        assertThat(bySupport.json().get(0).path("lines").get(0).path("restock").asBoolean()).isTrue();
        assertThat(byManager.json()).isEqualTo(bySupport.json());
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(timeline.path("executionStatus").asText()).as("a refunded order's workflow succeeded").isEqualTo("SUCCEEDED");
        assertThat(refundSteps).containsExactly(
                "SUCCEEDED $10.00 refunded by " + actor(returned) + ": CUSTOMER_REQUEST (changed mind) — 1 × Listed Mug (restocked)",
                "SUCCEEDED $10.00 refunded by " + actor(damaged) + ": DAMAGED — 1 × Listed Mug (not restocked)");
    }

    /**
     * ADR 0068: an order paid on invoice / on delivery took no money, so the payments ledger holds no charge for it,
     * and its refund is CREDITED — nothing through the gateway — while stock, credit note and email are as for a card.
     */
    @Test
    void anOrderPaidOnDeliveryIsNeverChargedAndItsRefundIsCreditedNotPaidBack() throws Exception {
        String jug = r.seedProduct("rel-refund-pod-jug", "Delivery Jug", 1200, 10);
        String email = Reliability.uniqueEmail("refund-pod");
        String orderId = completedOrder(email, "tok_payOnDelivery", line(jug, 2));
        int chargesAfterCompleting = ledger.chargesOf(orderId).size();

        Reliability.Reply credited = refund("support", orderId, key(), lines(sku(jug), 1, true, "CUSTOMER_REQUEST", null));
        assertThat(credited.status()).as(credited.body()).isEqualTo(201);
        List<JsonNode> mails = await().atMost(Duration.ofSeconds(10))
                .until(() -> r.mailsTo(email).stream().filter(m -> m.path("subject").asText().startsWith("Credit note")).toList(),
                        m -> !m.isEmpty());
        String mailText = mails.getFirst().path("body").path("text").asText();
        List<String> refundSteps = new ArrayList<>();
        r.getAs("staff", "/orders/" + orderId + "/timeline").json().path("steps").forEach(step -> {
            if (step.path("name").asText().equals("Refund")) {
                refundSteps.add(step.path("status").asText() + " " + step.path("causeCode").asText());
            }
        });
        long ledgerRefunds = ledger.refunds().stream().filter(e -> e.orderId().equals(orderId)).count();
        System.out.printf("reliability: paid on delivery: charges in the ledger %d; refund -> %d %s, ledger refund items %d,"
                        + " status %s, stock %d of 10, credit-note mails %d, refund steps %s%n",
                chargesAfterCompleting, credited.status(), credited.json().path("state").asText(), ledgerRefunds, status(orderId),
                r.available(jug), mails.size(), refundSteps);

        assertThat(chargesAfterCompleting).as("no charge for an order paid on delivery").isZero();
        assertThat(attr(r.orderItem(orderId), "paymentId")).as("no payment reference").isNull();
        assertThat(credited.json().path("state").asText()).isEqualTo("CREDITED");
        assertThat(credited.json().path("amountCents").asLong()).isEqualTo(1200);
        assertThat(ledgerRefunds).as("nothing sent back through the gateway").isZero();
        assertThat(status(orderId)).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(r.available(jug)).as("the returned jug is back on the shelf").isEqualTo(9);
        assertThat(mailText).contains("We have credited $12.00", "comes off what you owe").doesNotContain("card");
        assertThat(refundSteps).containsExactly("SUCCEEDED REFUND_CREDITED");
    }

    private static String actor(Reliability.Reply refund) {
        return refund.json().path("refundedBy").asText();
    }

    @Test
    void supportIsRefusedAboveTheStackLimitAndAManagerIsNot() {
        String lamp = r.seedProduct("rel-refund-lamp", "Refund Lamp", 3000, 10);
        String orderId = completedOrder(Reliability.uniqueEmail("refund-limit"), line(lamp, 2));
        ObjectNode both = lines(sku(lamp), 2, true, "WRONG_ITEM", null);

        Reliability.Reply bySupport = refund("support", orderId, key(), both);
        String statusAfterRefusal = status(orderId);
        int refundsAfterRefusal = ledger.appliedRefundsOf(orderId).size();
        Reliability.Reply byManager = refund("managers", orderId, key(), both);
        Reliability.Reply byStaff = refund("staff", orderId, key(), lines(sku(lamp), 1, true, "OTHER", null));

        System.out.printf("reliability: refund limit: support 6000 > 5000 -> %d %s '%s' (order still %s, %d refunds in the ledger);"
                        + " manager 6000 -> %d, order %s; staff -> %d%n",
                bySupport.status(), bySupport.json().path("code").asText(), bySupport.json().path("message").asText(),
                statusAfterRefusal, refundsAfterRefusal, byManager.status(), status(orderId), byStaff.status());
        assertThat(bySupport.status()).isEqualTo(403);
        assertThat(bySupport.json().path("message").asText()).contains("$50.00").contains("$60.00");
        assertThat(statusAfterRefusal).isEqualTo("COMPLETED");
        assertThat(refundsAfterRefusal).isZero();
        assertThat(byManager.status()).as(byManager.body()).isEqualTo(201);
        assertThat(status(orderId)).isEqualTo("REFUNDED");
        assertThat(byStaff.status()).isEqualTo(403);
    }

    @Test
    void onlyCompletedOrdersCanBeRefunded() {
        String cup = r.seedProduct("rel-refund-cup", "Refund Cup", 800, 10);
        Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(),
                order(Reliability.uniqueEmail("refund-declined"), "Declined Buyer", "tok_chargeDeclined", line(cup, 1)));
        String orderId = placed.json().path("orderId").asText();
        r.awaitExecutions(List.of(orderId), Duration.ofSeconds(60));
        assertThat(status(orderId)).isEqualTo("PAYMENT_DECLINED");

        Reliability.Reply reply = refund("managers", orderId, key(), lines(sku(cup), 1, true, "OTHER", null));
        System.out.printf("reliability: refund of a PAYMENT_DECLINED order -> %d %s '%s'%n",
                reply.status(), reply.json().path("code").asText(), reply.json().path("message").asText());
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("code").asText()).isEqualTo("NOT_REFUNDABLE");
        assertThat(ledger.refunds().stream().filter(e -> e.orderId().equals(orderId))).isEmpty();
    }

    @Test
    void theSameKeyIsTheSameRefundAndAnotherBodyWithItIsAConflict() throws Exception {
        String bowl = r.seedProduct("rel-refund-bowl", "Refund Bowl", 700, 10);
        String email = Reliability.uniqueEmail("refund-idem");
        String orderId = completedOrder(email, line(bowl, 3));
        String key = key();
        ObjectNode one = lines(sku(bowl), 1, true, "CUSTOMER_REQUEST", "changed mind");
        JsonNode refundsBefore = refundsToday();

        Reliability.Reply first = refund("support", orderId, key, one);
        Reliability.Reply second = refund("managers", orderId, key, one);
        Reliability.Reply otherBody = refund("support", orderId, key, lines(sku(bowl), 2, true, "CUSTOMER_REQUEST", "changed mind"));

        // the same key sent by 10 threads at once: still one refund
        String together = key();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reliability.Reply>> sends = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int client = i;
            sends.add(pool.submit(() -> {
                go.await();
                return r.sendRetrying(client, "POST", "/orders/" + orderId + "/refunds", "Bearer " + r.idToken("support"),
                        Map.of("Idempotency-Key", together, "Content-Type", "application/json"), one.toString().getBytes());
            }));
        }
        go.countDown();
        Map<Integer, Integer> answers = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (Future<Reliability.Reply> send : sends) {
            Reliability.Reply reply = send.get();
            answers.merge(reply.status(), 1, Integer::sum);
            ids.add(reply.json().path("refundId").asText());
        }
        pool.shutdown();

        int applied = ledger.appliedRefundsOf(orderId).size();
        JsonNode refundsAfter = refundsToday();
        boolean sameDay = refundsAfter.path("today").asText().equals(refundsBefore.path("today").asText());
        long dayCount = refundsAfter.path("refundsToday").path("count").asLong() - refundsBefore.path("refundsToday").path("count").asLong();
        long dayAmount = refundsAfter.path("refundsToday").path("amountCents").asLong()
                - refundsBefore.path("refundsToday").path("amountCents").asLong();
        int movements = returnMovements(bowl, orderId);
        long mails = r.mailsTo(email).stream().filter(m -> m.path("subject").asText().startsWith("Credit note")).count();
        System.out.printf("reliability: refund idempotency: same key twice -> %d/%d same refund %s; same key + other body -> %d %s;"
                        + " one key x 10 at once -> %s, %d refund id(s); payments ledger %d refunds applied, %d RETURN movements,"
                        + " %d credit-note mails, stock %d of 10; the dashboard's refunds today +%d, +%d cents%n",
                first.status(), second.status(), first.json().path("refundId").asText().equals(second.json().path("refundId").asText()),
                otherBody.status(), otherBody.json().path("code").asText(), answers, ids.size(), applied, movements, mails, r.available(bowl),
                dayCount, dayAmount);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().path("refundId").asText()).isEqualTo(first.json().path("refundId").asText());
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.json().path("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(answers).isEqualTo(Map.of(201, 10));
        assertThat(ids).hasSize(1);
        assertThat(applied).as("two keys, two refunds").isEqualTo(2);
        if (sameDay) { // across the store's midnight the two reads are of different days
            assertThat(dayCount).as("the store's day counts each refund once (ADR 0070)").isEqualTo(2);
            assertThat(dayAmount).isEqualTo(2 * 700);
        }
        assertThat(movements).isEqualTo(2);
        assertThat(mails).isEqualTo(2);
        assertThat(r.available(bowl)).isEqualTo(9);
    }

    @Test
    void twoAgentsRefundingTheSameLineAtOnceRefundItOnce() throws Exception {
        List<String> rounds = new ArrayList<>();
        int refundedOnce = 0;
        Map<String, Integer> answers = new TreeMap<>();
        Map<String, Integer> losersCorrected = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < RACE_ROUNDS; round++) {
                String plate = r.seedProduct("rel-refund-race", "Race Plate", 500, 5);
                String fork = r.seedProduct("rel-refund-race", "Race Fork", 500, 5);
                // the order's charge (1000) could pay for both refunds of the plate: only the per-line guard stops the second
                String orderId = completedOrder(Reliability.uniqueEmail("refund-race"), line(plate, 1), line(fork, 1));
                ObjectNode body = lines(sku(plate), 1, true, "CUSTOMER_REQUEST", null);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Reliability.Reply>> agents = new ArrayList<>();
                List<String> keys = new ArrayList<>();
                for (String role : List.of("support", "managers")) {
                    String key = key();
                    keys.add(key);
                    agents.add(pool.submit(() -> {
                        go.await();
                        return refund(role, orderId, key, body);
                    }));
                }
                go.countDown();
                List<String> statuses = new ArrayList<>();
                for (Future<Reliability.Reply> agent : agents) {
                    Reliability.Reply reply = agent.get();
                    statuses.add(reply.status() + (reply.status() == 409 ? " " + reply.json().path("code").asText() : ""));
                    answers.merge(statuses.getLast(), 1, Integer::sum);
                }
                int applied = ledger.appliedRefundsOf(orderId).size();
                long refunded = ledger.chargesOf(orderId).getFirst().refundedCents();
                int movements = returnMovements(plate, orderId);
                long stock = r.available(plate);
                rounds.add(statuses + " ledger " + applied + " (" + refunded + " cents) RETURN " + movements + " stock " + stock);
                if (applied == 1 && refunded == 500 && movements == 1 && stock == 5) {
                    refundedOnce++;
                }
                // The loser's key, sent again with what is left to refund (the fork): refused after its claim or before
                // it, the losing request wrote nothing, so its key is free (session 37; it answered IDEMPOTENCY_CONFLICT
                // when the refusal came after the claim).
                int loser = statuses.getFirst().startsWith("409") ? 0 : 1;
                Reliability.Reply corrected = refund(List.of("support", "managers").get(loser), orderId, keys.get(loser),
                        lines(sku(fork), 1, true, "CUSTOMER_REQUEST", null));
                losersCorrected.merge(corrected.status() + (corrected.status() == 409 ? " " + corrected.json().path("code").asText() : ""),
                        1, Integer::sum);
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("reliability: refund race: %d rounds of 2 agents (support, managers) refunding the same line at once,"
                        + " refunded exactly once in %d of %d rounds, answers %s; the losers' keys with the fork: %s; per round %s%n",
                RACE_ROUNDS, refundedOnce, RACE_ROUNDS, answers, losersCorrected, rounds);
        assertThat(refundedOnce).as(String.join("\n", rounds)).isEqualTo(RACE_ROUNDS);
        assertThat(answers).isEqualTo(Map.of("201", RACE_ROUNDS, "409 REFUND_EXCEEDS_SOLD", RACE_ROUNDS));
        assertThat(losersCorrected).as("the loser's key, with the fork instead").isEqualTo(Map.of("201", RACE_ROUNDS));
    }

    @Test
    void aCreditNoteThatCannotBeEmailedLeavesTheRefundStandingAndFlagsTheOrder() {
        String jug = r.seedProduct("rel-refund-jug", "Refund Jug", 900, 10);
        String email = Reliability.uniqueEmail("refund-mailfail");
        String orderId = completedOrder(email, line(jug, 2));
        String key = key();
        ObjectNode body = lines(sku(jug), 1, true, "WRONG_ITEM", null);
        Reliability.Reply refunded;
        r.cloud.stopEmulator(Service.SES);
        try {
            refunded = refund("managers", orderId, key, body);
        } finally {
            r.cloud.startEmulator(Service.SES);
        }
        String flag = attr(r.orderItem(orderId), "statusReason");
        int applied = ledger.appliedRefundsOf(orderId).size();
        Reliability.Reply retried = refund("managers", orderId, key, body);
        List<JsonNode> mails = await().atMost(Duration.ofSeconds(10))
                .until(() -> r.mailsTo(email).stream().filter(m -> m.path("subject").asText().startsWith("Credit note")).toList(), m -> !m.isEmpty());
        System.out.printf("reliability: credit note email with SES away -> %d, refund %s, followUp '%s', order flagged '%s', ledger %d refund;"
                        + " same key once SES is back -> %d, emailed %s, order flag now %s, credit-note mails %d, ledger %d refund%n",
                refunded.status(), refunded.json().path("state").asText(), refunded.json().path("followUp").asText(), flag, applied,
                retried.status(), !retried.json().path("emailSentAt").isNull(), attr(r.orderItem(orderId), "statusReason"), mails.size(),
                ledger.appliedRefundsOf(orderId).size());
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(201);
        assertThat(refunded.json().path("state").asText()).isEqualTo("REFUNDED");
        assertThat(refunded.json().path("emailSentAt").isNull()).isTrue();
        assertThat(refunded.json().path("followUp").asText()).contains("could not be emailed");
        assertThat(flag).contains("could not be emailed");
        assertThat(applied).isEqualTo(1);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().path("emailSentAt").isNull()).isFalse();
        assertThat(attr(r.orderItem(orderId), "statusReason")).isNull();
        assertThat(mails).hasSize(1);
        assertThat(ledger.appliedRefundsOf(orderId)).hasSize(1);
    }

    /** After the tests: for every order in the payments ledger, charged − refunded ≥ 0, and the refund items add up. */
    @AfterAll
    static void theLedgerNeverGaveBackMoreThanItTook() {
        var charges = ledger.charges();
        var refunds = ledger.refunds();
        Map<String, Long> appliedByPayment = new LinkedHashMap<>();
        refunds.stream().filter(e -> "APPLIED".equals(e.state()))
                .forEach(e -> appliedByPayment.merge(e.paymentId(), e.amountCents(), Long::sum));
        List<String> negative = new ArrayList<>();
        List<String> notAddingUp = new ArrayList<>();
        for (var charge : charges) {
            if (charge.keptCents() < 0) {
                negative.add(charge.orderId() + " kept " + charge.keptCents());
            }
            long applied = appliedByPayment.getOrDefault(charge.paymentId(), 0L);
            // a compensation's reversal refunds the whole charge without a refund item; refund items never exceed it
            if (applied > charge.refundedCents()) {
                notAddingUp.add(charge.orderId() + " refund items " + applied + " > refunded " + charge.refundedCents());
            }
        }
        System.out.printf("reliability: refund ledger check: %d charges, %d refund items (%d applied), charged - refunded >= 0 for every order: %s;"
                        + " refund items within the charge's refunded total: %s%n",
                charges.size(), refunds.size(), refunds.stream().filter(e -> "APPLIED".equals(e.state())).count(),
                negative.isEmpty() ? "yes" : negative, notAddingUp.isEmpty() ? "yes" : notAddingUp);
        assertThat(negative).isEmpty();
        assertThat(notAddingUp).isEmpty();
    }

    // ---------- helpers ----------

    private static String completedOrder(String email, ObjectNode... lines) {
        return completedOrder(email, "tok_visa", lines);
    }

    private static String completedOrder(String email, String paymentToken, ObjectNode... lines) {
        Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(), order(email, "Refund Customer", paymentToken, lines));
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String orderId = placed.json().path("orderId").asText();
        r.awaitExecutions(List.of(orderId), Duration.ofSeconds(60));
        assertThat(status(orderId)).isEqualTo("COMPLETED");
        refundedOrders.add(orderId);
        return orderId;
    }

    /** The manager's dashboard: {@code today} and {@code refundsToday} of the store's day (tests here run one at a time). */
    private static JsonNode refundsToday() {
        Reliability.Reply dashboard = r.getAs("managers", "/dashboard?days=1");
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        assertThat(dashboard.json().path("refundsToday").isObject()).as(dashboard.body()).isTrue();
        return dashboard.json();
    }

    private static Reliability.Reply refund(String role, String orderId, String key, ObjectNode body) {
        return r.sendRetrying(0, "POST", "/orders/" + orderId + "/refunds", "Bearer " + r.idToken(role),
                Map.of("Idempotency-Key", key, "Content-Type", "application/json"), body.toString().getBytes());
    }

    private static ObjectNode lines(String sku, int quantity, boolean restock, String reason, String note) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("lines").addObject().put("sku", sku).put("quantity", quantity).put("restock", restock);
        body.put("reason", reason);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    private static String sku(String productId) {
        return productId.toUpperCase(java.util.Locale.ROOT);
    }

    private static String key() {
        return "refund-" + UUID.randomUUID();
    }

    private static String status(String orderId) {
        return attr(r.orderItem(orderId), "status");
    }

    /** RETURN movements of the product written for this order, from StockMovements. */
    private static int returnMovements(String productId, String orderId) {
        return r.dynamoDb.query(q -> q.tableName(r.cloud.tableName("StockMovementsTable")).consistentRead(true)
                .keyConditionExpression("productId = :p")
                .filterExpression("reason = :return AND orderId = :o")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(productId), ":return", AttributeValue.fromS("RETURN"),
                        ":o", AttributeValue.fromS(orderId)))).count();
    }
}
