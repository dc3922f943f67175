package app.orderdesk.localcloud.reliability;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderNumber;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.localcloud.emulators.EmulatorFaults.Service;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.orderdesk.localcloud.reliability.Reliability.FINAL;
import static app.orderdesk.localcloud.reliability.Reliability.PAID_OR_BEYOND;
import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static app.orderdesk.localcloud.reliability.Reliability.line;
import static app.orderdesk.localcloud.reliability.Reliability.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One emulator (DynamoDB, S3, SES) is taken away in the middle of a batch of orders and brought
 * back: every accepted order ends completed, or visibly failed with its stock released, or paid and
 * flagged for follow-up; none is lost or stuck, none is charged twice, and the workflow retried.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityFaultsTest {

    private static final String FOLLOW_UP = "Receipt could not be delivered; resend it";
    private static final int BATCH = 12;
    private static final long STOCK = 1000;
    private static Reliability r;

    @BeforeAll
    static void start() {
        r = Reliability.get();
        r.idToken("staff");
        r.idToken("support");
    }

    @AfterEach
    void everyEmulatorIsBack() {
        for (Service s : Service.values()) {
            r.cloud.startEmulator(s);
        }
    }

    @Test
    void dynamoDbGoesAwayMidBatch() throws Exception {
        // Longer than S3's and SES's: the DynamoDB client retries 8 times inside one call, with full-jitter
        // backoff from 25 ms (at most 25 ms x (1 + 2 + ... + 128) = 6.4 s in all). With 3 s, the task whose call
        // stopped DynamoDB could ride out the outage: no task failed and "the workflow retried" failed (once in
        // CI, session 10). 8 s outlasts every backoff that call can draw, so it fails and its task retries.
        batchWithOutage(Service.DYNAMODB, Duration.ofSeconds(8));
    }

    @Test
    void s3GoesAwayMidBatch() throws Exception {
        batchWithOutage(Service.S3, Duration.ofSeconds(3));
    }

    @Test
    void sesGoesAwayMidBatch() throws Exception {
        batchWithOutage(Service.SES, Duration.ofSeconds(3));
    }

    @Test
    void theWholeEmulatorProcessIsKilledAndRestartedMidBatch() throws Exception {
        batchWithOutage(null, Duration.ofSeconds(2));
    }

    @Test
    void receiptThatFinallyFailsLeavesThePaidOrderPaidAndFlagged() throws Exception {
        receiptStepFinallyFails(Service.S3, "FULFILLED");
    }

    @Test
    void emailThatFinallyFailsLeavesThePaidOrderPaidFlaggedAndResendable() throws Exception {
        receiptStepFinallyFails(Service.SES, "RECEIPT_READY");
    }

    @Test
    void aCompensationThatFailsRaisesAnAlertAndLeavesTheOrderFailed() throws Exception {
        String product = r.seedProduct("rel-fault-comp", "Compensation Clock", 1200, 10);
        String orderId = createOrder(product, Reliability.uniqueEmail("fault-comp"));
        long started = System.nanoTime();
        JsonNode alert;
        r.cloud.stopEmulator(Service.DYNAMODB);
        try {
            r.sfn.startExecution(q -> q.stateMachineArn(r.cloud.stateMachineArn()).name(orderId).input("{\"orderId\":\"" + orderId + "\"}"));
            // ValidateOrder times out, the hold (ADR 0013) cannot be written either (≤ 2 × 5 s), then FailOrder's
            // retries run out: the alert comes later than before the hold existed, hence the longer wait.
            alert = awaitAlert(orderId, Duration.ofSeconds(120));
        } finally {
            r.cloud.startEmulator(Service.DYNAMODB);
        }
        long outageMs = (System.nanoTime() - started) / 1_000_000;
        DescribeExecutionResponse end = r.awaitExecutions(List.of(orderId), Duration.ofSeconds(90)).get(orderId);
        Map<String, AttributeValue> item = r.orderItem(orderId);
        List<HistoryEvent> history = r.history(orderId);
        List<String> states = history.stream().filter(e -> e.type() == HistoryEventType.TASK_STATE_ENTERED)
                .map(e -> e.stateEnteredEventDetails().name()).distinct().toList();
        System.out.printf("reliability: failing compensation: DynamoDB away %d ms during ValidateOrder+FailOrder -> alert %s, order %s (%s),"
                        + " execution %s, states %s, stock %d of 10 (reservations %d)%n",
                outageMs, alert == null ? "none" : alert.path("alert").asText(), attr(item, "status"), attr(item, "statusReason"),
                end == null ? "RUNNING" : end.status(), states, r.available(product), r.reservations(product).size());

        assertThat(alert).as("an alert on the alerts topic").isNotNull();
        assertThat(alert.path("alert").asText()).isEqualTo("COMPENSATION_FAILED");
        assertThat(end).isNotNull();
        assertThat(end.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(attr(item, "status")).isEqualTo("FAILED");
        assertThat(attr(item, "statusReason")).isNotBlank();
        assertThat(states).contains("FailOrder", "CompensationFailed", "MarkOrderFailed");
        assertThat(r.available(product)).isEqualTo(10);
        StockLedgerCheck.assertAddsUp(r, product, 10, List.of(orderId));
    }

    // ---------- scenarios ----------

    /** {@code service} null: the whole Node process (all five emulators) is killed and started again. */
    private void batchWithOutage(Service service, Duration outage) throws Exception {
        String label = service == null ? "EMULATOR-PROCESS" : service.name();
        String product = r.seedProduct("rel-fault-" + label.toLowerCase(), "Fault Tolerant Flask", 1500, STOCK);
        ExecutorService pool = Executors.newFixedThreadPool(BATCH);
        List<Future<Reliability.Reply>> replies = new ArrayList<>();
        Map<Integer, Integer> quantities = new HashMap<>();
        long outageMs;
        try {
            // First half: accepted, their workflows running when the emulator goes away.
            for (int i = 0; i < BATCH; i++) {
                int n = i;
                int quantity = 1 + i % 3;
                quantities.put(n, quantity);
                replies.add(pool.submit(() -> r.placeOrder(n, "staff", UUID.randomUUID().toString(),
                        order(Reliability.uniqueEmail("fault"), "Fault Buyer " + n, "tok_visa", line(product, quantity)))));
                if (i == BATCH / 2 - 1) {
                    for (Future<Reliability.Reply> f : replies) {
                        f.get();
                    }
                    if (service == null) {
                        // Kill Node as a first-half task is about to call it, so that task hits the outage.
                        stopWhenATaskCalls(null);
                        break;
                    }
                    stopWhenATaskCalls(service);
                }
            }
            long stopped = System.nanoTime();
            if (service == null) {
                // Second half sent while Node is down; then all five emulators are started again.
                for (int i = BATCH / 2; i < BATCH; i++) {
                    int n = i;
                    int quantity = 1 + i % 3;
                    quantities.put(n, quantity);
                    replies.add(pool.submit(() -> r.placeOrder(n, "staff", UUID.randomUUID().toString(),
                            order(Reliability.uniqueEmail("fault"), "Fault Buyer " + n, "tok_visa", line(product, quantity)))));
                }
                Reliability.sleep(outage.toMillis());
                r.cloud.restartEmulators();
            } else {
                // Second half: sent during the outage.
                Reliability.sleep(outage.toMillis());
                r.cloud.startEmulator(service);
            }
            outageMs = (System.nanoTime() - stopped) / 1_000_000;
        } finally {
            if (service != null) {
                r.cloud.startEmulator(service);
            }
        }
        List<String> orderIds = new ArrayList<>();
        Map<String, Integer> quantityOf = new HashMap<>();
        Map<Integer, Integer> codes = new TreeMap<>();
        for (int i = 0; i < replies.size(); i++) {
            Reliability.Reply reply = replies.get(i).get();
            codes.merge(reply.status(), 1, Integer::sum);
            if (reply.status() == 202) {
                String id = reply.json().path("orderId").asText();
                orderIds.add(id);
                quantityOf.put(id, quantities.get(i));
            }
        }
        pool.shutdownNow();
        Map<String, DescribeExecutionResponse> ended = r.awaitExecutions(orderIds, Duration.ofSeconds(120));
        // Orders a step gave up on during the outage are held with their stock (ADR 0013); support retries them.
        List<String> retriedHeld = r.retryHeldOrders(orderIds, 3);
        ended = r.awaitExecutions(orderIds, Duration.ofSeconds(120));
        Verdict verdict = verify(orderIds, quantityOf, product, ended);
        StockLedgerCheck.Figures ledger = StockLedgerCheck.assertAddsUp(r, product, STOCK, orderIds, verdict.paidFailed);
        System.out.printf("reliability: fault %s: %d orders, %s away ~%d ms mid-batch, API answers %s -> %s, lost %d of %d accepted, held and retried by support %d,"
                        + " stuck %d, charges in ledger %d, double charges %d, unsuccessful orders keeping a charge %d,"
                        + " task attempts %d for %d task states (%d retries), retry gaps %s, stock %d = %d - %d paid units; %s%n",
                label, BATCH, label, outageMs, codes, verdict.outcomes, verdict.lost, orderIds.size(), retriedHeld.size(), verdict.stuck,
                verdict.charges, verdict.doubleCharges, verdict.chargesKeptByUnsuccessful.size(),
                verdict.scheduled, verdict.entered, verdict.scheduled - verdict.entered, verdict.gaps(), r.available(product), STOCK, verdict.paidUnits, ledger);

        assertThat(codes).as("every order is eventually accepted (the client retries 503 with the same key)").containsOnlyKeys(202);
        assertThat(ended).as("every execution ends").hasSize(orderIds.size());
        assertThat(verdict.lost).as("accepted orders without a record").isZero();
        assertThat(verdict.stuck).as("orders stuck without a final state: " + verdict.stuckIds).isZero();
        assertThat(verdict.doubleCharges).isZero();
        assertThat(verdict.chargesKeptByUnsuccessful).as("FAILED/REJECTED/DECLINED orders keeping a charge").isEmpty();
        assertThat(verdict.scheduled).as("the workflow retried").isGreaterThan(verdict.entered);
        assertThat(r.available(product)).as("stock = initial - paid").isEqualTo(STOCK - verdict.paidUnits);
        assertThat(r.reservations(product).keySet()).as("only paid-but-failed orders keep a reservation").isSubsetOf(verdict.paidFailed);
    }

    /** The functions the workflow's Task states invoke (not the API's, not the push notifier's). */
    private static final Set<String> WORKFLOW_FUNCTIONS = Set.of("ValidateOrderFunction", "SaveOrderFunction",
            "ReserveStockFunction", "ProcessPaymentFunction", "UpdateInventoryFunction", "GenerateReceiptFunction",
            "EmailReceiptFunction", "ReleaseStockFunction", "MarkOrderFunction");

    /**
     * Takes the emulator away at the moment a workflow task is about to call it (a hook in the local
     * cloud's SDK call log, run in the function's thread before the request leaves), so that call is
     * refused and its task must retry. Stopping it on a timer could fall between two tasks' calls of a
     * service used once per order (S3, SES) and catch nothing: the "workflow retried" check then failed.
     */
    private static void stopWhenATaskCalls(Service service) throws InterruptedException {
        // null: the whole emulator process is killed as a task is about to call S3 or SES. Not DynamoDB: its
        // SDK client retries 8 times with backoff (up to ~6 s) inside one call and can ride out the short
        // kill and restart, so no task fails and nothing shows that the workflow had to retry.
        Set<String> prefixes = service == null ? Set.of("s3", "ses") : Set.of(service.name().toLowerCase(java.util.Locale.ROOT));
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        r.cloud.sdkCalls().beforeNext(call -> WORKFLOW_FUNCTIONS.contains(call.function()) && prefixes.contains(call.service()), () -> {
            if (service == null) {
                r.cloud.stopEmulators();
            } else {
                r.cloud.stopEmulator(service);
            }
            stopped.countDown();
        });
        try {
            assertThat(stopped.await(60, java.util.concurrent.TimeUnit.SECONDS)).as("a workflow task called " + service).isTrue();
        } finally {
            r.cloud.sdkCalls().disarm();
        }
    }

    private void receiptStepFinallyFails(Service service, String expectedStatus) throws Exception {
        String product = r.seedProduct("rel-fault-final-" + service.name().toLowerCase(), "Unlucky Receipt Mug", 800, 10);
        String email = Reliability.uniqueEmail("fault-final");
        String orderId;
        DescribeExecutionResponse end;
        long started = System.nanoTime();
        r.cloud.stopEmulator(service);
        try {
            Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(), order(email, "Unlucky Buyer", "tok_visa", line(product, 2)));
            assertThat(placed.status()).as(placed.body()).isEqualTo(202);
            orderId = placed.json().path("orderId").asText();
            end = r.awaitExecutions(List.of(orderId), Duration.ofSeconds(90)).get(orderId);
        } finally {
            r.cloud.startEmulator(service);
        }
        long outageMs = (System.nanoTime() - started) / 1_000_000;
        Map<String, AttributeValue> item = r.orderItem(orderId);
        List<HistoryEvent> history = r.history(orderId);
        String step = service == Service.S3 ? "GenerateReceipt" : "EmailReceipt";
        long attempts = attemptsIn(history, step);

        // support resends once the service is back
        Reliability.Reply resend = r.sendRetrying(0, "POST", "/orders/" + orderId + "/receipt/email", r.idToken("support"),
                Map.of("Content-Type", "application/json"), null);
        assertThat(resend.status()).as(resend.body()).isBetween(200, 299);
        List<JsonNode> mails = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> r.mailsTo(email), m -> !m.isEmpty());
        String resendFigure = "resend -> " + resend.status() + ", emails " + mails.size();
        System.out.printf("reliability: %s step finally fails: %s away %d ms, %s attempted %d times -> execution %s (%s), order %s paid=%s reason '%s',"
                        + " stock %d of 10, %s%n",
                step, service, outageMs, step, attempts, end == null ? "RUNNING" : end.status(), end == null ? "" : end.error(),
                attr(item, "status"), attr(item, "paymentId") != null, attr(item, "statusReason"), r.available(product), resendFigure);

        assertThat(end).isNotNull();
        assertThat(end.error()).isEqualTo("OrderNeedsFollowUp");
        assertThat(attempts).as("the step was retried").isGreaterThan(1);
        assertThat(attr(item, "paymentId")).as("still paid").isNotBlank();
        assertThat(attr(item, "status")).isEqualTo(expectedStatus);
        assertThat(attr(item, "statusReason")).isEqualTo(FOLLOW_UP);
        assertThat(r.available(product)).as("the sale is not undone").isEqualTo(8);
        assertThat(r.reservations(product)).isEmpty();
        StockLedgerCheck.assertAddsUp(r, product, 10, List.of(orderId));

        // Session 33: the resend got the receipt out, so the order is completed — its follow-up note gone — and counted
        // in its day's totals as the workflow's EmailReceipt would have (it stayed "resend it" and out of the totals).
        Map<String, AttributeValue> after = r.orderItem(orderId);
        assertThat(attr(after, "status")).as("completed by the resend").isEqualTo("COMPLETED");
        assertThat(after).as("nothing left to follow up").doesNotContainKeys("statusReason", "statusReasonCode");
        assertThat(attr(after, "emailSentAt")).isNotBlank();
        Map<String, AttributeValue> counted = r.dynamoDb.getItem(g -> g.tableName(r.cloud.tableName("DailyTotalsTable"))
                .consistentRead(true).key(Map.of("pk", AttributeValue.fromS("DAY#" + attr(after, "orderDay")),
                        "sk", AttributeValue.fromS("o#" + orderId)))).item();
        assertThat(counted).as("the day's totals item of the order").isNotNull();
        assertThat(attr(counted, "st")).as("counted as completed").isEqualTo("COMPLETED");
    }

    // ---------- verification ----------

    private static final class Verdict {
        final Map<String, Integer> outcomes = new TreeMap<>();
        final List<String> stuckIds = new ArrayList<>();
        final List<String> paidFailed = new ArrayList<>();
        final List<Long> retryGapsMs = new ArrayList<>();
        int stuck;
        int lost;
        int doubleCharges;
        int charges;
        List<String> chargesKeptByUnsuccessful = List.of();
        long scheduled;
        long entered;
        long paidUnits;

        String gaps() {
            if (retryGapsMs.isEmpty()) {
                return "none";
            }
            List<Long> sorted = new ArrayList<>(retryGapsMs);
            Collections.sort(sorted);
            return "min " + sorted.getFirst() + " ms / median " + sorted.get(sorted.size() / 2) + " ms / max " + sorted.getLast() + " ms";
        }
    }

    private static Verdict verify(List<String> orderIds, Map<String, Integer> quantities, String product, Map<String, DescribeExecutionResponse> ended) {
        Verdict v = new Verdict();
        Map<String, AttributeValue> reservations = r.reservations(product);
        Map<String, List<PaymentsLedger.Charge>> charges = new PaymentsLedger(r).chargesOf(orderIds);
        v.chargesKeptByUnsuccessful = new PaymentsLedger(r).chargesKeptByUnsuccessfulOrders(orderIds);
        for (String id : orderIds) {
            Map<String, AttributeValue> item = r.orderItem(id);
            String status = attr(item, "status");
            boolean paid = attr(item, "paymentId") != null;
            String reason = attr(item, "statusReason");
            String outcome;
            if (item.isEmpty()) {
                outcome = "lost";
                v.lost++;
                v.stuck++;
                v.stuckIds.add(id + " has no order record");
            } else if ("COMPLETED".equals(status)) {
                outcome = "completed";
            } else if (!paid && FINAL.contains(status) && !reservations.containsKey(id) && reason != null) {
                outcome = "failed-released(" + status + ")";
            } else if (paid && PAID_OR_BEYOND.contains(status) && FOLLOW_UP.equals(reason)) {
                outcome = "paid-flagged";
            } else if (paid && "FAILED".equals(status) && reason != null) {
                outcome = "paid-failed-alerted";
                v.paidFailed.add(id);
            } else {
                outcome = "stuck(" + status + ")";
                v.stuck++;
                v.stuckIds.add(id + " " + status + " " + (ended.get(id) == null ? "RUNNING" : ended.get(id).status()));
            }
            v.outcomes.merge(outcome, 1, Integer::sum);
            if (paid) {
                v.paidUnits += quantities.get(id);
            }
            List<HistoryEvent> history = r.history(id);
            // payments: counted in the gateway's ledger, not from the order or the history
            List<PaymentsLedger.Charge> taken = charges.getOrDefault(id, List.of());
            v.charges += taken.size();
            if (taken.size() > 1) {
                v.doubleCharges++;
            }
            for (HistoryEvent e : history) {
                if (e.type() == HistoryEventType.LAMBDA_FUNCTION_SCHEDULED || e.type() == HistoryEventType.TASK_SCHEDULED) {
                    v.scheduled++;
                } else if (e.type() == HistoryEventType.TASK_STATE_ENTERED) {
                    v.entered++;
                }
            }
            v.retryGapsMs.addAll(retryGaps(history));
        }
        return v;
    }

    private static long attemptsIn(List<HistoryEvent> history, String state) {
        return countIn(history, state, EnumSet.of(HistoryEventType.LAMBDA_FUNCTION_SCHEDULED));
    }

    private static long countIn(List<HistoryEvent> history, String state, EnumSet<HistoryEventType> types) {
        String current = null;
        long n = 0;
        for (HistoryEvent e : history) {
            if (e.type() == HistoryEventType.TASK_STATE_ENTERED) {
                current = e.stateEnteredEventDetails().name();
            } else if (state.equals(current) && types.contains(e.type())) {
                n++;
            }
        }
        return n;
    }

    /** Time from a failed attempt to the next attempt of the same state: the retry's back-off. */
    private static List<Long> retryGaps(List<HistoryEvent> history) {
        List<Long> gaps = new ArrayList<>();
        Instant failedAt = null;
        for (HistoryEvent e : history) {
            switch (e.type()) {
                case LAMBDA_FUNCTION_FAILED, LAMBDA_FUNCTION_TIMED_OUT, TASK_FAILED, TASK_TIMED_OUT -> failedAt = e.timestamp();
                case LAMBDA_FUNCTION_SCHEDULED, TASK_SCHEDULED -> {
                    if (failedAt != null) {
                        gaps.add(Duration.between(failedAt, e.timestamp()).toMillis());
                    }
                    failedAt = null;
                }
                case TASK_STATE_ENTERED -> failedAt = null;
                default -> { }
            }
        }
        return gaps;
    }

    private static JsonNode awaitAlert(String orderId, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            for (Message m : r.sqs.receiveMessage(q -> q.queueUrl(r.cloud.alertsQueueUrl()).maxNumberOfMessages(10)
                    .visibilityTimeout(0).waitTimeSeconds(1)).messages()) {
                if (m.body().contains(orderId)) {
                    return Reliability.JSON.readTree(m.body());
                }
            }
        }
        return null;
    }

    private static String createOrder(String productId, String email) {
        String orderId = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = r.inventoryItem(productId);
        var product = new Product(productId, productId.toUpperCase(), attr(item, "name"),
                Money.ofCents(Long.parseLong(attr(item, "priceCents")), Money.USD), 0);
        Order order = Order.place(orderId, OrderNumber.format(800_000 + (long) (Math.random() * 99_999)),
                new Customer(email, "Compensation Tester", "+15555550100"), List.of(OrderLine.of(product, 1)),
                UUID.randomUUID().toString(), "tok_visa", Instant.now());
        assertThat(new DynamoDbOrderRepository(r.dynamoDb, r.cloud.tableName("OrdersTable")).create(order)).isTrue();
        return orderId;
    }
}
