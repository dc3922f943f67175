package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.ReasonCode;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RetryHolds} does, the fake and the DynamoDB adapter alike (ADR 0013): a hold only on a
 * RECEIVED/RESERVED order not yet held, status unchanged; a resume only of that hold, once per hold, counted;
 * a restore only after the last retry; hold and resume append their steps.
 */
public abstract class RetryHoldsContract {

    protected abstract OrderRepository orders();

    protected abstract RetryHolds holds();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final List<WorkflowStep> STEPS = List.of(WorkflowStep.failed("ReserveStock", 1, NOW, NOW, "States.Timeout", "too long", ReasonCode.of(ReasonCode.STEP_TIMED_OUT)),
            WorkflowStep.succeeded("ReserveStockOnHold", 1, NOW, NOW));

    private Order placed() {
        String id = UUID.randomUUID().toString();
        Product mug = new Product("p-contract-mug", "MUG-C", "Contract Mug", Money.ofCents(1250), 3);
        Order order = Order.place(id, "OD-" + id.substring(0, 6), new Customer("ada@example.test", "Ada Lovelace", null),
                List.of(OrderLine.of(mug, 1)), "key-" + id, "tok_visa", NOW);
        assertThat(orders().create(order)).isTrue();
        return order;
    }

    @Test
    void holdsAnOpenOrderOnceKeepingItsStatus() {
        Order order = placed();

        assertThat(holds().hold(order.orderId(), "ReserveStock", "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), STEPS, NOW)).isPresent();
        assertThat(holds().hold(order.orderId(), "ReserveStock", "held again", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), STEPS, NOW)).as("a repeat").isEmpty();

        assertThat(holds().find(order.orderId())).hasValue(new RetryHolds.HoldState(OrderStatus.RECEIVED, "ReserveStock", 0));
        assertThat(orders().find(order.orderId()).orElseThrow().statusReason()).isEqualTo("held");
        assertThat(orders().findTimeline(order.orderId()).orElseThrow().steps()).extracting(WorkflowStep::name)
                .containsExactly("ReserveStock", "ReserveStockOnHold");
    }

    /** ADR 0074: each write answers what it left, as desks show it, so the change is pushed without a read. */
    @Test
    void eachWriteAnswersWhatItLeftWithThePlacer() {
        String id = UUID.randomUUID().toString();
        Product mug = new Product("p-contract-mug", "MUG-C", "Contract Mug", Money.ofCents(1250), 3);
        Order order = Order.place(id, "OD-" + id.substring(0, 6), new Customer("ada@example.test", "Ada Lovelace", null),
                List.of(OrderLine.of(mug, 1)), "key-" + id, "tok_visa", NOW);
        assertThat(orders().create(order, "staff-sub-1")).isTrue();
        ReasonCode code = ReasonCode.of(ReasonCode.HELD_FOR_RETRY, "step", "ReserveStock");

        assertThat(holds().hold(id, "ReserveStock", "held: stock kept", code, STEPS, NOW)).hasValue(
                new OrderRepository.Written(OrderStatus.RECEIVED, "held: stock kept", code, "staff-sub-1", false));
        assertThat(holds().resume(id, "ReserveStock", 0, List.of(), NOW)).as("the reason goes with the hold")
                .hasValue(new OrderRepository.Written(OrderStatus.RECEIVED, null, null, "staff-sub-1", false));
        assertThat(holds().restore(id, "ReserveStock", 1, "held again", code, NOW))
                .hasValue(new OrderRepository.Written(OrderStatus.RECEIVED, "held again", code, "staff-sub-1", false));
    }

    @Test
    void resumesAHoldOnceCountingTheRetryAndClearingTheReason() {
        Order order = placed();
        holds().hold(order.orderId(), "ValidateOrder", "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), STEPS, NOW);

        assertThat(holds().resume(order.orderId(), "SaveOrder", 0, List.of(), NOW)).as("another step").isEmpty();
        assertThat(holds().resume(order.orderId(), "ValidateOrder", 1, List.of(), NOW)).as("another count").isEmpty();
        assertThat(holds().resume(order.orderId(), "ValidateOrder", 0, List.of(WorkflowStep.succeeded("RetryRequested", 1, NOW, NOW)), NOW)).isPresent();
        assertThat(holds().resume(order.orderId(), "ValidateOrder", 0, List.of(), NOW)).as("a second request for the same hold").isEmpty();

        assertThat(holds().find(order.orderId())).hasValue(new RetryHolds.HoldState(OrderStatus.RECEIVED, null, 1));
        assertThat(orders().find(order.orderId()).orElseThrow().statusReason()).isNull();
        assertThat(orders().findTimeline(order.orderId()).orElseThrow().steps()).extracting(WorkflowStep::name).last().isEqualTo("RetryRequested");

        assertThat(holds().hold(order.orderId(), "ReserveStock", "held again", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), STEPS, NOW)).as("the retry gave up again").isPresent();
        assertThat(holds().resume(order.orderId(), "ReserveStock", 1, List.of(), NOW)).as("the second retry").isPresent();
        assertThat(holds().find(order.orderId())).hasValue(new RetryHolds.HoldState(OrderStatus.RECEIVED, null, 2));
    }

    @Test
    void restoresTheHoldOnlyForTheLastRetryStarted() {
        Order order = placed();
        holds().hold(order.orderId(), "SaveOrder", "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), STEPS, NOW);
        holds().resume(order.orderId(), "SaveOrder", 0, List.of(), NOW);

        assertThat(holds().restore(order.orderId(), "SaveOrder", 2, "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), NOW)).as("not the last retry").isEmpty();
        assertThat(holds().restore(order.orderId(), "SaveOrder", 1, "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), NOW)).isPresent();
        assertThat(holds().restore(order.orderId(), "SaveOrder", 1, "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), NOW)).as("held already").isEmpty();
        assertThat(holds().find(order.orderId())).hasValue(new RetryHolds.HoldState(OrderStatus.RECEIVED, "SaveOrder", 1));
    }

    @Test
    void aFinalOrderIsNeitherHeldNorResumed() {
        Order order = placed();
        holds().hold(order.orderId(), "SaveOrder", "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), STEPS, NOW);
        assertThat(orders().cancel(order.orderId(), "Cancelled by manager", ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "test"), NOW)).isTrue();

        assertThat(holds().resume(order.orderId(), "SaveOrder", 0, List.of(), NOW)).isEmpty();
        Order other = placed();
        assertThat(orders().cancel(other.orderId(), "Cancelled by manager", ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "test"), NOW)).isTrue();
        assertThat(holds().hold(other.orderId(), "SaveOrder", "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), STEPS, NOW)).isEmpty();
        assertThat(orders().find(other.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(holds().find(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void claimsAnOrderLeftInFlightOnlyAsLastSeenCountingTheRetry() {
        Order order = placed();
        Instant written = NOW.plusSeconds(5);
        assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.RESERVED, written))).isTrue();
        List<WorkflowStep> audit = List.of(WorkflowStep.succeeded("ResumedByReconciler", 1, NOW, NOW));
        Instant at = NOW.plusSeconds(400);

        assertThat(holds().resumeInFlight(order.orderId(), OrderStatus.PAID, written, 0, audit, at)).as("another status").isEmpty();
        assertThat(holds().resumeInFlight(order.orderId(), OrderStatus.RESERVED, NOW, 0, audit, at)).as("written since").isEmpty();
        assertThat(holds().resumeInFlight(order.orderId(), OrderStatus.RESERVED, written, 1, audit, at)).as("another count").isEmpty();
        assertThat(holds().resumeInFlight(order.orderId(), OrderStatus.RESERVED, written, 0, audit, at)).isPresent();
        assertThat(holds().resumeInFlight(order.orderId(), OrderStatus.RESERVED, written, 0, audit, at)).as("a second run").isEmpty();

        assertThat(holds().find(order.orderId())).hasValue(new RetryHolds.HoldState(OrderStatus.RESERVED, null, 1));
        Order claimed = orders().find(order.orderId()).orElseThrow();
        assertThat(claimed.status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(claimed.updatedAt()).as("the claim is the last write now").isEqualTo(at);
        assertThat(orders().findTimeline(order.orderId()).orElseThrow().steps()).extracting(WorkflowStep::name).last()
                .isEqualTo("ResumedByReconciler");
        assertThat(holds().resumeInFlight(order.orderId(), OrderStatus.RESERVED, at, 1, audit, at.plusSeconds(400)))
                .as("the next claim, after the last").isPresent();
    }

    @Test
    void neverClaimsAHeldOrderLeftInFlight() {
        Order order = placed();
        holds().hold(order.orderId(), "ReserveStock", "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), STEPS, NOW);

        assertThat(holds().resumeInFlight(order.orderId(), OrderStatus.RECEIVED, NOW, 0, List.of(), NOW.plusSeconds(400))).isEmpty();
        assertThat(holds().find(order.orderId())).hasValue(new RetryHolds.HoldState(OrderStatus.RECEIVED, "ReserveStock", 0));
    }

    @Test
    void leavesAnOrderForPeopleOnlyAsLastSeenAfterItsRetriesAndOnce() {
        Order order = placed();
        Instant written = NOW.plusSeconds(5);
        assertThat(orders().update(OrderUpdate.moveTo(order.orderId(), OrderStatus.RESERVED, written))).isTrue();
        ReasonCode code = ReasonCode.of(ReasonCode.STOPPED_REPEATEDLY, "step", "ProcessPayment", "attempts", "0");
        List<WorkflowStep> audit = List.of(WorkflowStep.succeeded("LeftForPeople", 1, NOW, NOW));
        Instant at = NOW.plusSeconds(400);

        assertThat(holds().leaveForPeople(order.orderId(), OrderStatus.PAID, written, 0, "left", code, audit, at)).as("another status").isEmpty();
        assertThat(holds().leaveForPeople(order.orderId(), OrderStatus.RESERVED, NOW, 0, "left", code, audit, at)).as("written since").isEmpty();
        assertThat(holds().leaveForPeople(order.orderId(), OrderStatus.RESERVED, written, 1, "left", code, audit, at)).as("another count").isEmpty();
        assertThat(holds().leaveForPeople(order.orderId(), OrderStatus.RESERVED, written, 0, "left", code, audit, at)).isPresent();

        Order left = orders().find(order.orderId()).orElseThrow();
        assertThat(left.status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(left.statusReason()).isEqualTo("left");
        assertThat(left.statusReasonCode()).isEqualTo(code);
        assertThat(left.updatedAt()).isEqualTo(at);
        assertThat(orders().findTimeline(order.orderId()).orElseThrow().steps()).extracting(WorkflowStep::name).last()
                .isEqualTo("LeftForPeople");
        assertThat(holds().leaveForPeople(order.orderId(), OrderStatus.RESERVED, at, 0, "again", code, audit, at.plusSeconds(1)))
                .as("it already has a reason for people").isEmpty();
    }
}
