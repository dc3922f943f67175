package app.orderdesk.localcloud.reliability;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static app.orderdesk.localcloud.reliability.Reliability.line;
import static app.orderdesk.localcloud.reliability.Reliability.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * ADR 0018: the order workflow is EXPRESS, which runs an execution at least once. Here one order's execution
 * input runs twice: the order is placed (the first execution), and when the first execution's EmailReceipt is
 * about to send — after it read "not sent" — the same input is started again and run to its end, so the
 * second execution goes through every step, EmailReceipt included, while the first one's email is on its way.
 * One charge (payments ledger), one reservation and sale (Inventory + StockMovements), one email (SES store),
 * one COMPLETED.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityDuplicateExecutionTest {

    private static Reliability r;
    private static String product;

    @BeforeAll
    static void start() {
        r = Reliability.get();
        r.idToken("staff");
        product = r.seedProduct("rel-dupexec", "Twice Run Kettle", 2750, 20);
    }

    @Test
    void theSameExecutionInputRunTwiceChargesReservesAndEmailsOnce() {
        String email = Reliability.uniqueEmail("dup-exec");
        AtomicReference<String> orderId = new AtomicReference<>();
        AtomicReference<String> duplicate = new AtomicReference<>();
        AtomicReference<ExecutionStatus> duplicateEnded = new AtomicReference<>();
        // Armed before the order exists: the first SES call of EmailReceipt is this order's (the suite's other tests
        // do not run in parallel with this class).
        r.cloud.sdkCalls().beforeNext(call -> "EmailReceiptFunction".equals(call.function()) && "ses".equals(call.service()), () -> {
            String id = orderId.get();
            String first = r.executionArn(id);
            String input = r.sfn.describeExecution(q -> q.executionArn(first)).input();
            String second = r.sfn.startExecution(q -> q.stateMachineArn(r.cloud.stateMachineArn()).name(id).input(input)).executionArn();
            duplicate.set(second);
            try {
                // Inside the first EmailReceipt's TimeoutSeconds (8 s; past it, its own retry would send as well): the
                // duplicate runs its whole path, EmailReceipt included.
                duplicateEnded.set(Awaitility.await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(20))
                        .until(() -> r.sfn.describeExecution(q -> q.executionArn(second)).status(), s -> s != ExecutionStatus.RUNNING));
            } catch (ConditionTimeoutException tooSlow) {
                // asserted below: the test proves nothing unless the duplicate ended while the first was sending
            }
        });
        try {
            Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(),
                    order(email, "Twice Runner", "tok_visa", line(product, 3)));
            assertThat(placed.status()).as(placed.body()).isEqualTo(202);
            orderId.set(placed.json().path("orderId").asText());
            String id = orderId.get();
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> duplicate.get() != null && "COMPLETED".equals(attr(r.orderItem(id), "status")));
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> r.sfn.listExecutionsPaginator(q -> q.stateMachineArn(r.cloud.stateMachineArn()).maxResults(1000))
                            .executions().stream().filter(e -> e.name().equals(id)).noneMatch(e -> e.status() == ExecutionStatus.RUNNING));
            List<String> runs = r.sfn.listExecutionsPaginator(q -> q.stateMachineArn(r.cloud.stateMachineArn()).maxResults(1000))
                    .executions().stream().filter(e -> e.name().equals(id)).map(e -> e.status().toString()).toList();
            var charges = new PaymentsLedger(r).chargesOf(id);
            var mails = r.mailsTo(email);
            var figures = StockLedgerCheck.assertAddsUp(r, product, 20, List.of(id));
            var item = r.orderItem(id);

            System.out.printf("reliability: duplicate execution: one order's input run twice (%s; the second ended %s while the first"
                            + " was sending its email) -> status %s, charges in the ledger %d, stock %d of 20 (%d SALE movement(s), %d"
                            + " reservation(s) left), emails %d, email mark %s%n",
                    runs, duplicateEnded.get(), attr(item, "status"), charges.size(), r.available(product),
                    figures.movementsByReason().getOrDefault("SALE", 0), figures.reservationsLeft(), mails.size(),
                    attr(item, "emailClaim") == null ? "removed once sent" : "left on the order");

            assertThat(runs).hasSize(2).containsOnly("SUCCEEDED");
            assertThat(duplicateEnded.get()).as("the duplicate ran to its end while the first was sending").isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(attr(item, "status")).isEqualTo("COMPLETED");
            assertThat(charges).as("one charge").hasSize(1);
            assertThat(charges.getFirst().paymentId()).isEqualTo(attr(item, "paymentId"));
            assertThat(r.available(product)).as("3 units sold once").isEqualTo(20 - 3);
            assertThat(figures.movementsByReason()).containsEntry("SALE", 1);
            assertThat(figures.reservationsLeft()).isZero();
            assertThat(mails).as("one email").hasSize(1);
        } finally {
            r.cloud.sdkCalls().disarm();
        }
    }
}
