package app.orderdesk.localcloud.reliability;

import app.orderdesk.localcloud.emulators.RepositoryLayout;
import app.orderdesk.localcloud.lambda.SdkCallLog;
import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static app.orderdesk.localcloud.reliability.Reliability.FINAL;
import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static app.orderdesk.localcloud.reliability.Reliability.line;
import static app.orderdesk.localcloud.reliability.Reliability.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's defect, reproduced from outside: every emulator frozen (SIGSTOP of their one Node
 * process) for longer than the longest task TimeoutSeconds in the workflow, in the middle of a batch
 * of orders for one product, then resumed (SIGCONT). The freeze starts just as a ReserveStock
 * request leaves (a hook in the local cloud's SDK call log), so at least one task is always caught
 * inside a call. Tasks time out while their writes are queued in
 * the frozen emulators; compensations run; then the late writes land. Every order must end in a
 * final state, no reservation may be left, stock = initial − units sold, and the ledger must add up;
 * the reconciler, run afterwards, must find nothing to fix (the fences did the work).
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityFreezeTest {

    private static final int BATCH = 30;
    /** Fewer units than orders: once all are held, later orders wait inside ReserveStock for the holders to settle. */
    private static final long STOCK = 12;
    private static final Set<Integer> RESEND = Set.of(429, 502, 503, 504);
    private static Reliability r;

    @BeforeAll
    static void start() {
        r = Reliability.get();
        r.idToken("staff");
    }

    @Test
    void everyEmulatorFrozenLongerThanTheTaskTimeoutsMidBatch() throws Exception {
        long freezeSeconds = longestTaskTimeoutSeconds() + 1;
        String product = r.seedProduct("rel-freeze", "Frozen Kettle", 2500, STOCK);
        ExecutorService pool = Executors.newFixedThreadPool(BATCH);
        List<Future<Reliability.Reply>> replies = new ArrayList<>();
        Map<Integer, Integer> quantities = new HashMap<>();
        long frozenMs;
        int caughtInReserveStock;
        int sent = 0;
        AtomicLong frozenAt = new AtomicLong();
        CountDownLatch frozen = new CountDownLatch(1);
        try {
            // Two thirds of the batch go in; the freeze comes once every unit is held by an order in flight:
            // holders are then in ProcessPayment, later orders inside ReserveStock waiting for them (the case
            // of issue 10: their reservation write comes after the freeze, when the compensation has run).
            while (sent < BATCH * 2 / 3) {
                replies.add(submit(pool, product, sent++, quantities));
            }
            Awaitility.await("every unit held by an order in flight").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> r.available(product) == 0 && !r.reservations(product).isEmpty());
            // The freeze itself is timed by the product, not by this thread: it happens in the function's
            // own thread just before a ReserveStock request leaves, so that request is queued in the frozen
            // emulator for the whole freeze and its task must time out. A timer here could land between
            // two calls (or after the waiters decided) and catch nothing; that made this test flaky.
            r.cloud.sdkCalls().beforeNext(ReliabilityFreezeTest::isReserveStockCall, () -> {
                r.cloud.freezeEmulators();
                frozenAt.set(System.nanoTime());
                frozen.countDown();
            });
            try {
                // The last third: sent now, so a ReserveStock call is sure to come (a waiter's next look, or a
                // new order's first reservation); once frozen they hang, and are resent on 5xx with the same key.
                while (sent < BATCH) {
                    replies.add(submit(pool, product, sent++, quantities));
                }
                assertThat(frozen.await(60, TimeUnit.SECONDS)).as("a ReserveStock call came once the stock was held").isTrue();
                caughtInReserveStock = inReserveStock(replies.stream().filter(Future::isDone).map(ReliabilityFreezeTest::orderIdOf).toList());
                Reliability.sleep(freezeSeconds * 1000); // the fault itself: how long the process stays stopped
            } finally {
                r.cloud.sdkCalls().disarm();
                if (frozen.await(10, TimeUnit.SECONDS)) {
                    r.cloud.thawEmulators();
                }
            }
            frozenMs = (System.nanoTime() - frozenAt.get()) / 1_000_000;
        } finally {
            pool.shutdown();
        }
        List<String> orderIds = new ArrayList<>();
        Map<Integer, Integer> codes = new TreeMap<>();
        for (Future<Reliability.Reply> future : replies) {
            Reliability.Reply reply = future.get();
            codes.merge(reply.status(), 1, Integer::sum);
            if (reply.status() == 202) {
                orderIds.add(reply.json().path("orderId").asText());
            }
        }
        Map<String, DescribeExecutionResponse> ended = r.awaitExecutions(orderIds, Duration.ofSeconds(90));
        // Orders whose ValidateOrder/SaveOrder/ReserveStock timed out are held with their stock (ADR 0013):
        // support retries them from the failed step, as the attention list offers; then every order must be final.
        List<String> retriedHeld = r.retryHeldOrders(orderIds, 3);
        ended = r.awaitExecutions(orderIds, Duration.ofSeconds(90));

        Map<String, Integer> statuses = new TreeMap<>();
        List<String> notFinal = new ArrayList<>();
        List<String> paidFailed = new ArrayList<>();
        long soldUnits = 0;
        int timedOutExecutions = 0;
        Map<String, Integer> timedOutStates = new TreeMap<>();
        Map<String, Long> timeoutAfterMs = new TreeMap<>();
        int compensated = 0;
        for (String id : orderIds) {
            Map<String, AttributeValue> item = r.orderItem(id);
            String status = attr(item, "status");
            statuses.merge(status, 1, Integer::sum);
            if (!FINAL.contains(status)) {
                notFinal.add(id + " " + status);
            }
            if ("FAILED".equals(status) && attr(item, "paymentId") != null) {
                paidFailed.add(id);
            }
            if (StockLedgerCheck.SOLD.contains(status)) {
                soldUnits += Long.parseLong(attr(item.get("lines").l().getFirst().m(), "quantity"));
            }
            List<HistoryEvent> history = r.history(id);
            String state = null;
            boolean timedOut = false;
            java.time.Instant scheduledAt = null;
            for (HistoryEvent e : history) {
                if (e.type() == HistoryEventType.TASK_STATE_ENTERED) {
                    state = e.stateEnteredEventDetails().name();
                } else if (e.type() == HistoryEventType.LAMBDA_FUNCTION_SCHEDULED || e.type() == HistoryEventType.TASK_SCHEDULED) {
                    scheduledAt = e.timestamp();
                } else if (e.type() == HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT || e.type() == HistoryEventType.TASK_TIMED_OUT) {
                    timedOutStates.merge(state, 1, Integer::sum);
                    timeoutAfterMs.merge(state, Duration.between(scheduledAt, e.timestamp()).toMillis(), Math::max);
                    timedOut = true;
                }
            }
            timedOutExecutions += timedOut ? 1 : 0;
            if (history.stream().anyMatch(e -> e.type() == HistoryEventType.TASK_STATE_ENTERED
                    && e.stateEnteredEventDetails().name().equals("ReleaseStock"))) {
                compensated++;
            }
        }
        // A charge that landed after ProcessPayment timed out makes an order "paid but FAILED": the
        // compensation reverses it in the gateway's ledger and gives its stock back, so no such order
        // may keep money or a reservation.
        List<String> chargesKept = new PaymentsLedger(r).chargesKeptByUnsuccessfulOrders(orderIds);
        StockLedgerCheck.Figures ledger = StockLedgerCheck.assertAddsUp(r, product, STOCK, orderIds);
        long heldForPaidFailed = r.reservations(product).values().stream().mapToLong(v -> Long.parseLong(v.n())).sum();
        JsonNode reconciled = Reliability.JSON.readTree(r.cloud.reconcileReservations());
        int reconcilerFixedHere = 0;
        for (String list : List.of("released", "committed")) {
            for (JsonNode fix : reconciled.path(list)) {
                if (product.equals(fix.path("productId").asText())) {
                    reconcilerFixedHere++;
                }
            }
        }
        System.out.printf("reliability: freeze: %d orders for one product, all emulators SIGSTOPped %d ms (longest task TimeoutSeconds %d s) mid-batch with %d caught inside ReserveStock,"
                        + " API answers %s, executions ended %d, statuses %s, executions with a timed-out task %d (timeouts by state %s, longest ms from scheduled to timed out %s), compensated (ReleaseStock) %d, held and retried by support %d,"
                        + " stock %d = %d - %d units sold (%d held by %d paid-but-FAILED orders), unsuccessful orders keeping a charge %d (gateway ledger), reservations left %d, reconciler afterwards fixed %d here; %s%n",
                BATCH, frozenMs, freezeSeconds - 1, caughtInReserveStock, codes, ended.size(), statuses, timedOutExecutions, timedOutStates, timeoutAfterMs, compensated, retriedHeld.size(),
                r.available(product), STOCK, soldUnits, heldForPaidFailed, paidFailed.size(), chargesKept.size(), r.reservations(product).size(), reconcilerFixedHere, ledger);

        assertThat(codes).as("every order is accepted in the end (resent with the same key)").containsOnlyKeys(202);
        assertThat(ended).as("every execution ends").hasSize(orderIds.size());
        assertThat(timedOutStates).as("a ReserveStock task frozen inside its DynamoDB call timed out (else this test proves nothing)")
                .containsKey("ReserveStock");
        assertThat(notFinal).as("orders not in a final state").isEmpty();
        assertThat(chargesKept).as("unsuccessful orders keeping a charge in the gateway's ledger").isEmpty();
        assertThat(r.reservations(product)).as("reservations left").isEmpty();
        assertThat(r.available(product)).as("stock = initial - units sold").isEqualTo(STOCK - soldUnits);
        assertThat(reconcilerFixedHere).as("nothing left for the reconciler: late writes were fenced").isZero();
    }

    private static boolean isReserveStockCall(SdkCallLog.Call call) {
        return call.function().startsWith("ReserveStock") && "dynamodb".equals(call.service());
    }

    /** How many of the orders' executions are inside ReserveStock right now (entered, Lambda scheduled, no answer yet). */
    private static int inReserveStock(List<String> orderIds) {
        int inside = 0;
        for (String id : orderIds) {
            String state = null;
            boolean pending = false;
            for (HistoryEvent e : r.history(id)) {
                switch (e.type()) {
                    case TASK_STATE_ENTERED -> {
                        state = e.stateEnteredEventDetails().name();
                        pending = false;
                    }
                    case LAMBDA_FUNCTION_SCHEDULED, LAMBDA_FUNCTION_STARTED, TASK_SCHEDULED, TASK_STARTED -> pending = true;
                    case LAMBDA_FUNCTION_SUCCEEDED, LAMBDA_FUNCTION_FAILED, LAMBDA_FUNCTION_TIMED_OUT, TASK_SUCCEEDED, TASK_FAILED,
                         TASK_TIMED_OUT -> pending = false;
                    default -> { }
                }
            }
            if (pending && "ReserveStock".equals(state)) {
                inside++;
            }
        }
        return inside;
    }

    private static String orderIdOf(Future<Reliability.Reply> reply) {
        try {
            return reply.get().json().path("orderId").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Future<Reliability.Reply> submit(ExecutorService pool, String product, int n, Map<Integer, Integer> quantities) {
        int quantity = 1 + n % 3;
        quantities.put(n, quantity);
        String key = UUID.randomUUID().toString();
        JsonNode body = order(Reliability.uniqueEmail("freeze"), "Freeze Buyer " + n, "tok_visa", line(product, quantity));
        return pool.submit(() -> {
            Reliability.Reply reply = r.placeOrder(n, "staff", key, body);
            // A careful client resends a gateway error with the same Idempotency-Key: one order either way.
            for (int attempt = 0; RESEND.contains(reply.status()) && attempt < 20; attempt++) {
                Reliability.sleep(500);
                reply = r.placeOrder(n, "staff", key, body);
            }
            return reply;
        });
    }

    /** The longest TimeoutSeconds of any Task state in the deployed workflow definition. */
    static long longestTaskTimeoutSeconds() throws IOException {
        JsonNode asl = Reliability.JSON.readTree(RepositoryLayout.locate().root()
                .resolve("infra/statemachine/order-workflow.asl.json").toFile());
        long longest = 0;
        for (var state : asl.path("States").properties()) {
            if ("Task".equals(state.getValue().path("Type").asText())) {
                longest = Math.max(longest, state.getValue().path("TimeoutSeconds").asLong(0));
            }
        }
        assertThat(longest).as("the workflow's tasks declare TimeoutSeconds").isPositive();
        return longest;
    }
}
