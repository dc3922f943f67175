package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.ReasonCode;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.PaymentUndo;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.WorkflowStartLease;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link OrderRepository} does, the in-memory fake and the DynamoDB adapter alike: every write is conditional. */
public abstract class OrderRepositoryContract {

    protected abstract OrderRepository orders();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private Order placed() {
        String id = UUID.randomUUID().toString();
        Product mug = new Product("p-contract-mug", "MUG-C", "Contract Mug", Money.ofCents(1250), 3);
        Order order = Order.place(id, "OD-" + id.substring(0, 6), new Customer("ada@example.test", "Ada Lovelace", "+44 20 7946 0000"),
                // h-p: one line placed before rates were recorded (null), one with the rate it was placed at
                List.of(OrderLine.of(mug, 2), new OrderLine("p-contract-bread", "BRD-C", "Contract Bread", 1, Money.ofCents(1070), 700)),
                "key-" + id, "tok_visa", NOW);
        assertThat(orders().create(order)).isTrue();
        return order;
    }

    private OrderStatus status(Order order) {
        return orders().find(order.orderId()).orElseThrow().status();
    }

    @Test
    void createsAnOrderOnceAndReadsItBack() {
        Order order = placed();

        assertThat(orders().create(order)).as("the same id again").isFalse();
        Order read = orders().find(order.orderId()).orElseThrow();
        assertThat(read.orderNumber()).isEqualTo(order.orderNumber());
        assertThat(read.customer()).isEqualTo(order.customer());
        assertThat(read.lines()).isEqualTo(order.lines());
        assertThat(read.total()).isEqualTo(order.total());
        assertThat(read.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(read.idempotencyKey()).isEqualTo(order.idempotencyKey());
        assertThat(read.createdAt()).isEqualTo(order.createdAt());
        assertThat(orders().find("no-such-order")).isEmpty();
    }

    // h-v: the write that changes a status answers what desks are pushed (placer, reason, receipt), with no read.
    @Test
    void aStatusWriteAnswersThePlacerReasonAndReceiptItLeftAndARefusedOneNothing() {
        String id = UUID.randomUUID().toString();
        Order order = Order.place(id, "OD-" + id.substring(0, 6), new Customer("ada@example.test", "Ada Lovelace", null),
                List.of(OrderLine.of(new Product("p-contract-mug", "MUG-C", "Contract Mug", Money.ofCents(1250), 3), 1)),
                "key-" + id, "tok_visa", NOW);
        assertThat(orders().create(order, "sub-ada")).isTrue();

        var reserved = orders().updateReturningWritten(OrderUpdate.moveTo(id, OrderStatus.RESERVED, NOW.plusMillis(1)));
        assertThat(reserved).contains(new OrderRepository.Written(OrderStatus.RESERVED, null, null, "sub-ada", false));
        assertThat(orders().updateReturningWritten(OrderUpdate.moveTo(id, OrderStatus.RESERVED, NOW.plusMillis(2))))
                .as("a repeated step whose condition fails").isEmpty();
        orders().update(OrderUpdate.moveTo(id, OrderStatus.PAID, NOW.plusMillis(3)).withPaymentId("pay-1"));
        orders().update(OrderUpdate.moveTo(id, OrderStatus.FULFILLED, NOW.plusMillis(4)));
        assertThat(orders().updateReturningWritten(OrderUpdate.moveTo(id, OrderStatus.RECEIPT_READY, NOW.plusMillis(5))
                .withReceiptKey("receipts/" + id + ".pdf")))
                .contains(new OrderRepository.Written(OrderStatus.RECEIPT_READY, null, null, "sub-ada", true));

        Order other = placed(); // placed without a placer: none is answered
        ReasonCode cancelledBy = ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "ada");
        assertThat(orders().cancelReturningWritten(other.orderId(), "changed mind", cancelledBy, NOW.plusMillis(1)))
                .as("the reason's code comes back from the write").contains(new OrderRepository.Written(OrderStatus.CANCELLED, "changed mind", cancelledBy, null, false));
        assertThat(orders().cancelReturningWritten(other.orderId(), "again", cancelledBy, NOW.plusMillis(2))).isEmpty();
    }

    @Test
    void anUpdateAppliesOnlyFromAnExpectedStatus() {
        Order order = placed();

        assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.PAID, NOW))).as("RECEIVED -> PAID").isFalse();
        assertThat(status(order)).isEqualTo(OrderStatus.RECEIVED);
        assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.RESERVED, NOW))).isTrue();
        assertThat(status(order)).isEqualTo(OrderStatus.RESERVED);
        assertThat(orders().update(OrderUpdate.moveTo("no-such-order", OrderStatus.RESERVED, NOW))).isFalse();
    }

    /** Session 33: a receipt follow-up (or hold) note stayed on the order after it completed. */
    @Test
    void completingTheOrderRemovesAReasonWrittenOnTheWay() {
        Order order = placed();
        for (OrderStatus next : List.of(OrderStatus.RESERVED, OrderStatus.PAID, OrderStatus.FULFILLED, OrderStatus.RECEIPT_READY)) {
            assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), next, NOW))).isTrue();
        }
        assertThat(orders().update(new OrderUpdate(order.orderId(), java.util.EnumSet.of(OrderStatus.RECEIPT_READY), null, null, null,
                null, null, null, NOW).withReason("Receipt could not be delivered; resend it",
                app.orderdesk.backend.domain.ReasonCode.of(app.orderdesk.backend.domain.ReasonCode.RECEIPT_FOLLOW_UP)))).isTrue();
        assertThat(orders().find(order.orderId()).orElseThrow().statusReason()).isNotNull();

        assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.COMPLETED, NOW.plusSeconds(1))
                .withEmailSentAt(NOW.plusSeconds(1)))).isTrue();

        Order completed = orders().find(order.orderId()).orElseThrow();
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.statusReason()).isNull();
        assertThat(completed.statusReasonCode()).isNull();
    }

    @Test
    void aPaymentIdIsRecordedOnce() {
        Order order = placed();
        orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.RESERVED, NOW));

        assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.PAID, NOW).withPaymentId("pay-1"))).isTrue();
        var again = new OrderUpdate(order.orderId(), java.util.Set.of(OrderStatus.PAID), OrderStatus.PAID, null, "pay-2",
                null, null, null, NOW);
        assertThat(orders().update(again)).as("a second payment id").isFalse();
        assertThat(orders().find(order.orderId()).orElseThrow().paymentId()).isEqualTo("pay-1");
    }

    // ADR 0054: the PAID write drops paymentClaimedAt (paymentId guards from then on); nothing reopens.
    @Test
    void aPaidOrderCannotBeClaimedOrCancelledAgain() {
        Order order = placed();
        orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.RESERVED, NOW));
        assertThat(orders().claimPayment(order.orderId(), NOW)).isTrue();
        var paid = new OrderUpdate(order.orderId(), java.util.Set.of(OrderStatus.RESERVED), OrderStatus.PAID, null, "pay-1",
                null, null, null, NOW);
        assertThat(orders().update(paid)).isTrue();

        assertThat(orders().claimPayment(order.orderId(), NOW)).as("claim after PAID").isFalse();
        assertThat(orders().cancel(order.orderId(), "changed mind", ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "test"), NOW))
                .as("cancel after PAID").isFalse();
        var backToReserved = new OrderUpdate(order.orderId(), java.util.Set.of(OrderStatus.PAID), OrderStatus.RESERVED, null, null,
                null, null, null, NOW);
        assertThat(orders().update(backToReserved)).isTrue();
        assertThat(orders().claimPayment(order.orderId(), NOW)).as("a paid order moved back is still paid").isFalse();
        assertThat(orders().cancel(order.orderId(), "changed mind", ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "test"), NOW))
                .as("cancel of a paid order moved back").isFalse();
    }

    // ADR 0018: one claimant sends the receipt email; a repeat by the same claimant may, another may not, none after it was sent.
    @Test
    void theReceiptEmailIsClaimedByOneClaimantUntilItIsSent() {
        Order order = placed();
        String first = "arn:aws:states:eu-west-1:123456789012:express:OrderWorkflow:" + order.orderId() + ":first";
        String second = "arn:aws:states:eu-west-1:123456789012:express:OrderWorkflow:" + order.orderId() + ":second";

        assertThat(orders().claimEmail(order.orderId(), first, NOW)).isTrue();
        assertThat(orders().claimEmail(order.orderId(), first, NOW)).as("the same claimant again").isTrue();
        assertThat(orders().claimEmail(order.orderId(), second, NOW)).as("another claimant").isFalse();
        var sent = new OrderUpdate(order.orderId(), java.util.Set.of(OrderStatus.RECEIVED), OrderStatus.COMPLETED, null, null,
                null, NOW, null, NOW);
        assertThat(orders().update(sent)).isTrue();
        assertThat(orders().claimEmail(order.orderId(), first, NOW)).as("sent").isFalse();
        assertThat(orders().claimEmail("no-such-order", first, NOW)).isFalse();
    }

    @Test
    void aClaimedPaymentCannotBeCancelled() {
        Order order = placed();
        assertThat(orders().claimPayment(order.orderId(), NOW)).as("claim while RECEIVED").isFalse();
        orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.RESERVED, NOW));

        assertThat(orders().claimPayment(order.orderId(), NOW)).isTrue();
        assertThat(orders().cancel(order.orderId(), "changed mind", ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "test"), NOW)).isFalse();
        assertThat(status(order)).isEqualTo(OrderStatus.RESERVED);
    }

    @Test
    void anUnpaidOrderIsCancelledOnce() {
        Order order = placed();

        assertThat(orders().cancel(order.orderId(), "changed mind", ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "test"), NOW)).isTrue();
        assertThat(orders().cancel(order.orderId(), "again", ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "test"), NOW)).isFalse();
        Order cancelled = orders().find(order.orderId()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.statusReason()).isEqualTo("changed mind");
        assertThat(orders().claimPayment(order.orderId(), NOW)).as("claim after cancel").isFalse();
    }

    @Test
    void stepsAreAppendedOnlyByTheWriteThatApplies() {
        Order order = placed();
        var reserve = WorkflowStep.succeeded("ReserveStock", 2, NOW, NOW.plusMillis(40));
        var move = OrderUpdate.moveTo(order.orderId(), OrderStatus.RESERVED, NOW).withSteps(List.of(reserve));

        assertThat(orders().findTimeline(order.orderId()).orElseThrow().steps()).isEmpty();
        assertThat(orders().update(move)).isTrue();
        assertThat(orders().update(move)).as("the same move redelivered").isFalse();
        var failed = WorkflowStep.failed("ProcessPayment", 1, null, NOW, "States.Timeout", "A workflow step took too long",
                ReasonCode.of(ReasonCode.STEP_TIMED_OUT));
        assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.FAILED, NOW).withReason("stopped", ReasonCode.of(ReasonCode.STEP_TIMED_OUT))
                .withSteps(List.of(failed)))).isTrue();

        var timeline = orders().findTimeline(order.orderId()).orElseThrow();
        assertThat(timeline.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(timeline.statusReason()).isEqualTo("stopped");
        assertThat(timeline.steps()).containsExactly(reserve, failed);
        assertThat(orders().findTimeline("no-such-order")).isEmpty();
    }

    @Test
    void anOrderIsAcceptedOnce() {
        Order order = placed();
        var accept = new OrderUpdate(order.orderId(), java.util.Set.of(OrderStatus.RECEIVED), null, null, null, null, null, NOW, NOW)
                .withSteps(List.of(WorkflowStep.succeeded("SaveOrder", 1, NOW, NOW)));

        assertThat(orders().update(accept)).isTrue();
        assertThat(orders().update(accept)).as("accepted again").isFalse();
        assertThat(orders().findTimeline(order.orderId()).orElseThrow().steps()).hasSize(1);
        assertThat(orders().find(order.orderId()).orElseThrow().acceptedAt()).isEqualTo(NOW);
    }

    @Test
    void aPaymentClaimAnswersTheOrderItLeft() {
        Order order = placed();
        assertThat(orders().claimPaymentReturningOrder(order.orderId(), NOW)).as("claim while RECEIVED").isEmpty();
        orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.RESERVED, NOW));

        Order claimed = orders().claimPaymentReturningOrder(order.orderId(), NOW).orElseThrow();
        assertThat(claimed.paymentToken()).isEqualTo("tok_visa");
        assertThat(claimed.total()).isEqualTo(order.total());
        assertThat(claimed.status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(orders().cancel(order.orderId(), "changed mind", ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "test"), NOW)).as("cancel after the claim").isFalse();
    }

    @Test
    void theWorkflowStartIsLeasedToOneCallerAtATime() {
        Order order = placed();
        Instant leaseEnds = WorkflowStartLease.until(NOW);

        assertThat(orders().claimWorkflowStart(order.orderId(), NOW.plusSeconds(1))).as("the creator holds it").isFalse();
        assertThat(orders().claimWorkflowStart(order.orderId(), leaseEnds)).as("at the very end").isFalse();
        assertThat(orders().claimWorkflowStart(order.orderId(), leaseEnds.plusMillis(1))).as("expired").isTrue();
        assertThat(orders().claimWorkflowStart(order.orderId(), leaseEnds.plusMillis(2))).as("a second repeat").isFalse();

        orders().releaseWorkflowStart(order.orderId());
        assertThat(orders().claimWorkflowStart(order.orderId(), leaseEnds.plusMillis(3))).as("given back").isTrue();

        orders().releaseWorkflowStart(order.orderId());
        var accept = new OrderUpdate(order.orderId(), java.util.Set.of(OrderStatus.RECEIVED), null, null, null, null, null, NOW, NOW);
        assertThat(orders().update(accept)).isTrue();
        assertThat(orders().claimWorkflowStart(order.orderId(), leaseEnds.plusSeconds(60))).as("accepted: it runs").isFalse();
        assertThat(orders().claimWorkflowStart("no-such-order", NOW)).isFalse();
    }

    // ---------- ADR 0071: a payment received on delivery ----------

    /** An order created straight in {@code status}, paid with {@code token} (a store writes whatever status it is given). */
    private Order stored(String token, OrderStatus status) {
        String id = UUID.randomUUID().toString();
        Order order = new Order(id, "OD-" + id.substring(0, 6), new Customer("ada@example.test", "Ada Lovelace", null),
                List.of(OrderLine.of(new Product("p-contract-mug", "MUG-C", "Contract Mug", Money.ofCents(1250), 3), 2)),
                Money.ofCents(2500), status, null, "key-" + id, token, null, "receipts/" + id + ".pdf", NOW, NOW, NOW, NOW, 5);
        assertThat(orders().create(order)).isTrue();
        return order;
    }

    private static PaymentReceipt cash(String note, String by) {
        return new PaymentReceipt(PaymentReceipt.Method.CASH, note, by, NOW.plusSeconds(60));
    }

    @Test
    void aPaymentOnDeliveryIsRecordedOnceAndReadBack() {
        Order order = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        PaymentReceipt receipt = cash("paid to the driver", "sam@orderdesk.test");

        Order written = orders().recordPaymentReceived(order.orderId(), receipt).orElseThrow();
        assertThat(written.paymentReceived()).as("the write answers the order it left").isEqualTo(receipt);
        assertThat(written.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(written.receiptKey()).isEqualTo(order.receiptKey());
        Order read = orders().find(order.orderId()).orElseThrow();
        assertThat(read.paymentReceived()).isEqualTo(receipt);
        assertThat(read.updatedAt()).isEqualTo(receipt.recordedAt());
        assertThat(read.status()).isEqualTo(OrderStatus.COMPLETED);

        var other = new PaymentReceipt(PaymentReceipt.Method.BANK_TRANSFER, null, "mia@orderdesk.test", NOW.plusSeconds(120));
        assertThat(orders().recordPaymentReceived(order.orderId(), other)).as("another method later").isEmpty();
        assertThat(orders().recordPaymentReceived(order.orderId(), cash(null, "mia@orderdesk.test"))).as("the same method again").isEmpty();
        assertThat(orders().find(order.orderId()).orElseThrow().paymentReceived()).as("the first record stays").isEqualTo(receipt);
    }

    @Test
    void aPaymentIsRecordedOnlyOnACompletedOrPartlyRefundedOrderPaidOnDelivery() {
        Order card = stored("tok_visa", OrderStatus.COMPLETED);
        Order partlyRefunded = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.PARTIALLY_REFUNDED);
        Order inProgress = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.RECEIPT_READY);
        Order refunded = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.REFUNDED);
        Order cancelled = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.CANCELLED);
        String unknown = UUID.randomUUID().toString();

        assertThat(orders().recordPaymentReceived(card.orderId(), cash(null, "sam"))).as("a card order").isEmpty();
        assertThat(orders().recordPaymentReceived(inProgress.orderId(), cash(null, "sam"))).as("RECEIPT_READY").isEmpty();
        assertThat(orders().recordPaymentReceived(refunded.orderId(), cash(null, "sam"))).as("REFUNDED").isEmpty();
        assertThat(orders().recordPaymentReceived(cancelled.orderId(), cash(null, "sam"))).as("CANCELLED").isEmpty();
        assertThat(orders().recordPaymentReceived(unknown, cash(null, "sam"))).as("no such order").isEmpty();
        assertThat(orders().recordPaymentReceived(partlyRefunded.orderId(), cash(null, "sam"))).as("PARTIALLY_REFUNDED").isPresent();

        for (Order refused : List.of(card, inProgress, refunded, cancelled)) {
            Order read = orders().find(refused.orderId()).orElseThrow();
            assertThat(read.paymentReceived()).as(refused.status() + " " + refused.paymentToken()).isNull();
            assertThat(read.updatedAt()).isEqualTo(NOW);
        }
        assertThat(orders().find(unknown)).as("a refused write creates nothing").isEmpty();
        assertThat(orders().find(partlyRefunded.orderId()).orElseThrow().paymentReceived().note()).isNull();
    }

    @Test
    void aRecordedPaymentStaysThroughLaterWrites() {
        Order order = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        PaymentReceipt receipt = cash(null, "sam@orderdesk.test");
        orders().recordPaymentReceived(order.orderId(), receipt).orElseThrow();

        assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.PARTIALLY_REFUNDED, NOW.plusSeconds(90)))).isTrue();

        Order read = orders().find(order.orderId()).orElseThrow();
        assertThat(read.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(read.paymentReceived()).isEqualTo(receipt);
    }

    // ---------- ADR 0072: a payment recorded by mistake is undone ----------

    @Test
    void anUndoMovesTheRecordedPaymentToTheOrdersLastUndoInOneWrite() {
        Order order = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        PaymentReceipt receipt = cash("paid to the driver", "sam@orderdesk.test");
        long version = orders().recordPaymentReceived(order.orderId(), receipt).orElseThrow().version();
        Instant undoneAt = NOW.plusSeconds(300);

        Order written = orders().undoPaymentReceived(order.orderId(), "mia@orderdesk.test", undoneAt, "wrong order").orElseThrow();

        PaymentUndo expected = new PaymentUndo(receipt, "mia@orderdesk.test", undoneAt, "wrong order");
        assertThat(written.paymentReceived()).as("the write answers the order it left").isNull();
        assertThat(written.paymentUndone()).isEqualTo(expected);
        assertThat(written.version()).isEqualTo(version + 1);
        Order read = orders().find(order.orderId()).orElseThrow();
        assertThat(read.paymentReceived()).isNull();
        assertThat(read.paymentUndone()).isEqualTo(expected);
        assertThat(read.updatedAt()).isEqualTo(undoneAt);
        assertThat(read.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(read.receiptKey()).isEqualTo(order.receiptKey());

        assertThat(orders().undoPaymentReceived(order.orderId(), "sam@orderdesk.test", undoneAt.plusSeconds(1), "again"))
                .as("nothing recorded any more").isEmpty();
        assertThat(orders().find(order.orderId()).orElseThrow().paymentUndone()).as("the undo stays").isEqualTo(expected);
    }

    @Test
    void anUndoIsRefusedWithoutARecordedPaymentAndChangesNothing() {
        Order outstanding = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        Order card = stored("tok_visa", OrderStatus.COMPLETED);
        String unknown = UUID.randomUUID().toString();

        for (Order refused : List.of(outstanding, card)) {
            assertThat(orders().undoPaymentReceived(refused.orderId(), "mia", NOW.plusSeconds(60), "wrong order"))
                    .as(refused.paymentToken()).isEmpty();
            Order read = orders().find(refused.orderId()).orElseThrow();
            assertThat(read.paymentUndone()).isNull();
            assertThat(read.updatedAt()).isEqualTo(NOW);
            assertThat(read.version()).isEqualTo(refused.version());
        }
        assertThat(orders().undoPaymentReceived(unknown, "mia", NOW.plusSeconds(60), "wrong order")).as("no such order").isEmpty();
        assertThat(orders().find(unknown)).as("a refused write creates nothing").isEmpty();
    }

    @Test
    void afterAnUndoThePaymentIsRecordedAgainALaterUndoReplacesTheFirstAndBothStayThroughLaterWrites() {
        Order order = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        orders().recordPaymentReceived(order.orderId(), cash(null, "sam@orderdesk.test")).orElseThrow();
        orders().undoPaymentReceived(order.orderId(), "mia@orderdesk.test", NOW.plusSeconds(90), "wrong order").orElseThrow();

        var again = new PaymentReceipt(PaymentReceipt.Method.BANK_TRANSFER, "ref 7", "sam@orderdesk.test", NOW.plusSeconds(120));
        Order recordedAgain = orders().recordPaymentReceived(order.orderId(), again).orElseThrow();
        assertThat(recordedAgain.paymentReceived()).isEqualTo(again);
        assertThat(recordedAgain.paymentUndone().reason()).as("the earlier undo stays beside the new record").isEqualTo("wrong order");

        assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.PARTIALLY_REFUNDED, NOW.plusSeconds(150)))).isTrue();
        assertThat(orders().find(order.orderId()).orElseThrow().paymentUndone().reason()).isEqualTo("wrong order");

        orders().undoPaymentReceived(order.orderId(), "sam@orderdesk.test", NOW.plusSeconds(180), "wrong reference").orElseThrow();
        Order read = orders().find(order.orderId()).orElseThrow();
        assertThat(read.paymentUndone()).as("only the last undo is kept")
                .isEqualTo(new PaymentUndo(again, "sam@orderdesk.test", NOW.plusSeconds(180), "wrong reference"));
        assertThat(read.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    }

    /** ADR 0085: a request key records or undoes once per order, even when the order would take the write again. */
    @Test
    void aRequestKeyIsUsedOncePerOrderAndRemembered() {
        Order order = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        Order other = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        assertThat(orders().paymentRequestSeen(order.orderId(), "record-1")).isFalse();

        orders().recordPaymentReceived(order.orderId(), cash(null, "sam@orderdesk.test"), "record-1").orElseThrow();
        orders().undoPaymentReceived(order.orderId(), "mia@orderdesk.test", NOW.plusSeconds(90), "wrong order", "undo-1").orElseThrow();

        assertThat(orders().recordPaymentReceived(order.orderId(), cash(null, "sam@orderdesk.test"), "record-1"))
                .as("the same key again, though nothing is recorded now").isEmpty();
        assertThat(orders().find(order.orderId()).orElseThrow().paymentReceived()).isNull();
        assertThat(orders().paymentRequestSeen(order.orderId(), "record-1")).isTrue();
        assertThat(orders().paymentRequestSeen(order.orderId(), "undo-1")).isTrue();
        assertThat(orders().paymentRequestSeen(other.orderId(), "record-1")).as("keys are per order").isFalse();

        orders().recordPaymentReceived(order.orderId(), cash(null, "sam@orderdesk.test"), "record-2").orElseThrow();
        assertThat(orders().undoPaymentReceived(order.orderId(), "mia@orderdesk.test", NOW.plusSeconds(120), "wrong order", "undo-1"))
                .as("an undo's key again, though a payment is recorded now").isEmpty();
        assertThat(orders().find(order.orderId()).orElseThrow().paymentReceived()).isNotNull();
        assertThat(orders().recordPaymentReceived(other.orderId(), cash(null, "sam@orderdesk.test"), "record-1")).isPresent();
    }
}
