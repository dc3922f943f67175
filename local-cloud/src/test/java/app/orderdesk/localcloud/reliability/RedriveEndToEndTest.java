package app.orderdesk.localcloud.reliability;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static app.orderdesk.localcloud.reliability.Reliability.line;
import static app.orderdesk.localcloud.reliability.Reliability.order;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbInventoryRepository;
import app.orderdesk.backend.port.InventoryRepository.ReserveOutcome;
import app.orderdesk.localcloud.emulators.EmulatorFaults.Service;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Issue 12 / ADR 0013 against the local cloud: two orders wait in ReserveStock for a unit another order
 * holds, each with its first line already reserved; DynamoDB goes away, ReserveStock gives up after its
 * retries, DynamoDB comes back. Both orders are held (stock kept, nothing charged, in the attention list,
 * untouched by the reconciler) and their executions end FAILED at OrderHeld. Support retries one, clicking
 * twice at once: one request starts a new EXPRESS execution that resumes at ReserveStock (the steps before it
 * are not run again) and runs to COMPLETED with receipt, email, one charge, exact stock; the other is refused.
 * A manager cancels the other order: its stock comes back. Asking again is refused.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class RedriveEndToEndTest {

    private static Reliability r;

    @BeforeAll
    static void start() {
        r = Reliability.get();
        r.idToken("staff");
        r.idToken("support");
        r.idToken("managers");
    }

    @AfterEach
    void dynamoDbIsBack() {
        r.cloud.startEmulator(Service.DYNAMODB);
    }

    @Test
    void aHeldOrderIsRetriedFromTheFailedStepToCompletedAndAnotherIsCancelledWithItsStockReleased() throws Exception {
        String first = r.seedProduct("redrive-a", "Retry Kettle", 2500, 10);
        String scarce = r.seedProduct("redrive-b", "Retry Teapot", 4000, 1);
        assertThat(first.compareTo(scarce)).as("lines are reserved in product-id order").isNegative();
        var inventory = new DynamoDbInventoryRepository(r.dynamoDb, r.cloud.tableName("InventoryTable"));
        String blocker = UUID.randomUUID().toString();
        assertThat(inventory.reserve(scarce, blocker, 1)).isInstanceOf(ReserveOutcome.Reserved.class);

        String retriedEmail = Reliability.uniqueEmail("redrive");
        String cancelledEmail = Reliability.uniqueEmail("redrive-cancel");
        String retried = place(retriedEmail, line(first, 2), line(scarce, 1));
        String cancelled = place(cancelledEmail, line(first, 1), line(scarce, 1));
        // ADR 0074: support's desk follows the order; the hold and the retry reach it by push, not at its next read
        try (FollowingDesk desk = FollowingDesk.following(r, retried)) {
            heldRetriedAndCancelled(first, scarce, inventory, blocker, retriedEmail, retried, cancelled, desk);
        }
    }

    private static void heldRetriedAndCancelled(String first, String scarce, DynamoDbInventoryRepository inventory, String blocker,
                                                String retriedEmail, String retried, String cancelled, FollowingDesk desk) throws Exception {

        // Both are inside ReserveStock, waiting for the blocker's unit, with their first line reserved: take DynamoDB away.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> r.reservations(first).keySet().containsAll(List.of(retried, cancelled)));
        long stopped = System.nanoTime();
        r.cloud.stopEmulator(Service.DYNAMODB);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> entered(retried, "ReserveStockOnHold") && entered(cancelled, "ReserveStockOnHold"));
        } finally {
            r.cloud.startEmulator(Service.DYNAMODB);
        }
        long outageMs = (System.nanoTime() - stopped) / 1_000_000;
        Map<String, DescribeExecutionResponse> ended = r.awaitExecutions(List.of(retried, cancelled), Duration.ofSeconds(60));

        // Held: status kept, stock kept, nothing charged, shown to support, left alone by the reconciler.
        for (String id : List.of(retried, cancelled)) {
            assertThat(ended.get(id)).as("the execution ended").isNotNull();
            assertThat(ended.get(id).status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(ended.get(id).error()).isEqualTo("OrderAwaitsRetry");
            assertThat(attr(r.orderItem(id), "status")).isEqualTo("RECEIVED");
            assertThat(r.orderItem(id)).containsKey("retryHold");
            assertThat(attr(r.orderItem(id), "statusReason")).contains("ReserveStock").contains("stock kept");
        }
        assertThat(r.reservations(first)).containsOnlyKeys(retried, cancelled);
        assertThat(r.available(first)).isEqualTo(10 - 2 - 1);
        assertThat(new PaymentsLedger(r).chargesOf(List.of(retried, cancelled))).as("nothing charged while held").isEmpty();
        Reliability.Reply attention = r.getAs("support", "/orders/attention");
        assertThat(attention.status()).as(attention.body()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        for (JsonNode item : Reliability.JSON.readTree(attention.body())) {
            if (List.of(retried, cancelled).contains(item.path("orderId").asText())) {
                listed.add(item.path("kind").asText() + " at " + item.path("failedStep").asText());
            }
        }
        assertThat(listed).containsExactly("FAILED at ReserveStock", "FAILED at ReserveStock");
        JsonNode reconciled = Reliability.JSON.readTree(r.cloud.reconcileReservations());
        List<String> releasedHere = new ArrayList<>();
        reconciled.path("released").forEach(fix -> {
            if (first.equals(fix.path("productId").asText())) {
                releasedHere.add(fix.path("orderId").asText());
            }
        });
        assertThat(releasedHere).as("the reconciler leaves held orders' stock alone").isEmpty();
        assertThat(r.reservations(first)).containsOnlyKeys(retried, cancelled);

        // The other order gives its unit back; support retries one held order, a manager cancels the other.
        assertThat(inventory.giveBack(scarce, blocker)).isTrue();
        // Support clicks Retry twice: the second request arrives while the first is about to turn the hold into a
        // resume (its conditional UpdateItem), so both read the order as held. One run may start, not two.
        Reliability.Reply[] inside = new Reliability.Reply[1];
        r.cloud.sdkCalls().beforeNext(call -> "RedriveOrderFunction".equals(call.function()) && "dynamodb:UpdateItem".equals(call.action()),
                () -> inside[0] = post("support", "/orders/" + retried + "/redrive"));
        Reliability.Reply outer = post("support", "/orders/" + retried + "/redrive");
        r.cloud.sdkCalls().disarm();
        assertThat(inside[0]).as("the second click was sent while the first was inside").isNotNull();
        List<Integer> clicks = List.of(inside[0].status(), outer.status());
        Reliability.Reply redrive = inside[0].status() == 202 ? inside[0] : outer;
        assertThat(clicks).as(inside[0].body() + " / " + outer.body()).containsExactlyInAnyOrder(202, 409);
        assertThat(Reliability.JSON.readTree(redrive.body()).path("redriveCount").asInt()).isEqualTo(1);
        Reliability.Reply cancel = r.sendRetrying(0, "POST", "/orders/" + cancelled + "/cancel", r.idToken("managers"),
                Map.of("Content-Type", "application/json"), "{\"reason\":\"customer gave up\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);

        DescribeExecutionResponse done = awaitSucceeded(retried);
        List<JsonNode> mails = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> r.mailsTo(retriedEmail), m -> !m.isEmpty());
        Reliability.Reply again = post("support", "/orders/" + retried + "/redrive");
        Reliability.Reply cancelledAgain = post("support", "/orders/" + cancelled + "/redrive");
        JsonNode timeline = Reliability.JSON.readTree(r.getAs("support", "/orders/" + retried + "/timeline").body());
        List<String> steps = new ArrayList<>();
        timeline.path("steps").forEach(s -> steps.add(s.path("name").asText() + ":" + s.path("status").asText()));
        var item = r.orderItem(retried);
        List<String> retryExecutions = r.sfn.listExecutionsPaginator(q -> q.stateMachineArn(r.cloud.stateMachineArn()).maxResults(1000))
                .executions().stream().map(e -> e.name()).filter(n -> n.startsWith(retried + "-retry-")).toList();
        List<String> retryStates = new ArrayList<>();
        r.sfn.getExecutionHistoryPaginator(q -> q.executionArn(done.executionArn()).maxResults(1000)).events().forEach(e -> {
            if (e.stateEnteredEventDetails() != null) {
                retryStates.add(e.stateEnteredEventDetails().name());
            }
        });
        var charges = new PaymentsLedger(r).chargesOf(retried);
        var firstFigures = StockLedgerCheck.assertAddsUp(r, first, 10, List.of(retried, cancelled));
        var scarceFigures = StockLedgerCheck.assertAddsUp(r, scarce, 1, List.of(retried, cancelled));
        System.out.printf("redrive e2e: DynamoDB away %d ms in ReserveStock -> 2 orders held (RECEIVED, stock kept, 0 charges, attention %s,"
                        + " reconciler released %d); retried (2 clicks at once -> %s, %d retry execution(s)) -> execution %s %s, order %s, receipt %s, emails %d, charges %d;"
                        + " cancelled -> %s; second redrive -> %d %s; redrive of the cancelled -> %d; stock %s %d of 10, %s %d of 1;"
                        + " timeline %s; retry's states %s%n",
                outageMs, listed, releasedHere.size(), clicks, retryExecutions.size(), done.name(), done.status(), attr(r.orderItem(retried), "status"),
                attr(r.orderItem(retried), "receiptKey"), mails.size(), charges.size(), attr(r.orderItem(cancelled), "status"),
                again.status(), Reliability.JSON.readTree(again.body()).path("code").asText(), cancelledAgain.status(),
                first, r.available(first), scarce, r.available(scarce), steps, retryStates);

        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.name()).isEqualTo(retried + "-retry-1");
        assertThat(retryExecutions).as("two clicks, one retry").containsExactly(retried + "-retry-1");
        assertThat(retryStates).as("the retry resumes at the held step").startsWith("ResumeAt", "ReserveStock")
                .doesNotContain("ValidateOrder", "SaveOrder");
        assertThat(attr(r.orderItem(retried), "status")).isEqualTo("COMPLETED");
        assertThat(item).doesNotContainKey("retryHold");
        assertThat(attr(r.orderItem(retried), "receiptKey")).isNotBlank();
        assertThat(mails).hasSize(1);
        assertThat(charges).as("one charge").hasSize(1);
        assertThat(attr(r.orderItem(cancelled), "status")).isEqualTo("CANCELLED");
        assertThat(new PaymentsLedger(r).chargesOf(cancelled)).isEmpty();
        assertThat(r.available(first)).as("10 - the 2 sold; the cancelled order's unit is back").isEqualTo(8);
        assertThat(r.available(scarce)).isZero();
        assertThat(r.reservations(first)).isEmpty();
        assertThat(r.reservations(scarce)).isEmpty();
        assertThat(firstFigures.reservationsLeft()).isZero();
        assertThat(scarceFigures.reservationsLeft()).isZero();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("NOT_REDRIVABLE");
        assertThat(cancelledAgain.status()).isEqualTo(409);
        assertThat(steps).containsSubsequence("ReserveStock:FAILED", "ReserveStockOnHold:SUCCEEDED",
                "RetryRequested:SUCCEEDED", "ReserveStock:SUCCEEDED", "ProcessPayment:SUCCEEDED", "EmailReceipt:SUCCEEDED");
        assertThat(steps).containsOnlyOnce("RetryRequested:SUCCEEDED");

        // each push left before its function answered; the socket may still be delivering the last ones
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pushed(desk, retried))
                .as("the hold and the retry were pushed, in order, with the hold's reason")
                .containsSubsequence("RECEIVED [ReserveStock, ReserveStockOnHold] held", "RECEIVED [RetryRequested]"));
        System.out.printf("redrive e2e: pushed to support's desk following the retried order: %s%n", pushed(desk, retried));
    }

    /** What the desk was pushed about the order: status, the steps each push carried, and " held" with a reason. */
    private static List<String> pushed(FollowingDesk desk, String orderId) {
        return desk.changesOf(orderId).stream()
                .map(m -> FollowingDesk.statusAndSteps(m) + (m.path("statusReason").isTextual() ? " held" : "")).toList();
    }

    private static String place(String email, com.fasterxml.jackson.databind.node.ObjectNode... lines) {
        Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(), order(email, "Redrive Buyer", "tok_visa", lines));
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        return placed.json().path("orderId").asText();
    }

    private static Reliability.Reply post(String role, String path) {
        return r.send(0, "POST", path, r.idToken(role), Map.of(), null);
    }

    private static boolean entered(String orderId, String state) {
        return r.history(orderId).stream().anyMatch(e -> e.type() == HistoryEventType.TASK_STATE_ENTERED
                && state.equals(e.stateEnteredEventDetails().name()));
    }

    /** The order's retry execution ({@code <orderId>-retry-1}), once it ended. */
    private static DescribeExecutionResponse awaitSucceeded(String orderId) {
        return Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> r.sfn.describeExecution(q -> q.executionArn(r.executionArn(orderId))),
                        d -> d.status() != ExecutionStatus.RUNNING && d.name().startsWith(orderId + "-retry-"));
    }
}
