package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.fakes.World;
import org.junit.jupiter.api.Test;

/** ADR 0013: a step that gave up on a transient failure holds the order (stock kept) until support retries or cancels. */
class HoldForRetryTest {

    private static final WorkflowError DYNAMO_AWAY = new WorkflowError("app.orderdesk.backend.errors.TransientFailureException", "Orders UpdateItem failed");

    private final World world = new World();
    private final ReconcileReservations reconciler = new ReconcileReservations(world.inventory, world.orders, world.clock);

    /** ReserveStock reserved the first line, then gave up on the second: the workflow holds the order. */
    private String heldAtReserveStock() {
        String id = world.place("tok_visa", line("p-mug", 2), line("p-tee", 1));
        world.validateOrder.execute(id);
        world.saveOrder.execute(id);
        world.inventory.holdFor("p-mug", id, 2);
        world.holdForRetry.hold(StepInput.of(id), "ReserveStock", DYNAMO_AWAY);
        return id;
    }

    /** ADR 0065: the failed step ends when the Catch entered the OnHold state, so a desk ordering by time keeps it first. */
    @Test
    void theFailedStepEndsWhenTheHoldWasEnteredNotWhenItWrote() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.validateOrder.execute(id);
        world.saveOrder.execute(id);
        java.time.Instant caught = world.clock.instant().minusSeconds(1);

        world.holdForRetry.hold(new StepInput(id, null, "ReserveStockOnHold", 0, caught, null, null, null, null, false), "ReserveStock", DYNAMO_AWAY);

        assertThat(world.orders.timelines.get(id)).filteredOn(s -> s.name().startsWith("ReserveStock"))
                .extracting(s -> s.name() + " " + s.startedAt() + " → " + s.endedAt())
                .containsExactly("ReserveStock null → " + caught, "ReserveStockOnHold " + caught + " → " + world.clock.instant());
    }

    @Test
    void aHeldOrderKeepsItsStatusAndStockAndTheReconcilerLeavesItAlone() {
        String id = heldAtReserveStock();
        long mugsBefore = world.inventory.level("p-mug").available();

        ReconcileReservations.Report report = reconciler.execute();

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(world.holds.isHeld(id)).isTrue();
        assertThat(world.orders.get(id).statusReason()).contains("at ReserveStock").contains("held with its stock kept");
        assertThat(report.released()).as("a held order waits for support; its stock is not released").isEmpty();
        assertThat(report.inFlight()).isEqualTo(1);
        assertThat(world.inventory.level("p-mug").reservations()).containsEntry(id, 2L);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(mugsBefore);
        assertThat(world.orders.timelines.get(id)).extracting(WorkflowStep::name, WorkflowStep::status)
                .containsSubsequence(org.assertj.core.groups.Tuple.tuple("ReserveStock", "FAILED"),
                        org.assertj.core.groups.Tuple.tuple("ReserveStockOnHold", "SUCCEEDED"));
    }

    @Test
    void aRetryResumesAtTheFailedStepAndRunsToCompletedWithOneChargeAndExactStock() {
        String id = heldAtReserveStock();

        var redrive = world.redriveOrder.execute(id, "sam@orderdesk.test");
        assertThat(redrive.redriveCount()).isEqualTo(1);
        assertThat(world.workflow.resumed).containsExactly(id + " ReserveStock 1");
        // the new execution starts at ReserveStock (ResumeAt): the steps before it are not run again
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        world.emailReceipt.execute(id);

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(world.orders.get(id).statusReason()).as("the hold's reason went with the hold").isNull();
        assertThat(world.holds.isHeld(id)).isFalse();
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10 - 2);
        assertThat(world.inventory.level("p-tee").available()).isEqualTo(3 - 1);
        assertThat(world.payments.chargeCalls).as("one charge").hasSize(1);
        assertThat(world.orders.timelines.get(id)).extracting(WorkflowStep::name)
                .containsSubsequence("ReserveStock", "ReserveStockOnHold", "RetryRequested", "ReserveStock");
        assertThat(world.orders.timelines.get(id)).filteredOn(s -> s.name().equals("RetryRequested"))
                .extracting(WorkflowStep::cause).containsExactly("Retried from ReserveStock by sam@orderdesk.test (retry 1)");

        assertThatThrownBy(() -> world.redriveOrder.execute(id, "sam@orderdesk.test"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_REDRIVABLE"))
                .hasMessageContaining("it is completed");
    }

    @Test
    void cancellingAHeldOrderReleasesItsStockAndALateRetryChangesNothing() {
        String id = heldAtReserveStock();

        world.cancelOrder.execute(id, null, "manager@example.test");

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
        assertThat(world.inventory.fences("p-mug")).as("no late write of the order lands again").containsKey(id);
        assertThatThrownBy(() -> world.redriveOrder.execute(id, "sam")).isInstanceOf(ConflictException.class);
        assertThat(world.workflow.resumed).isEmpty();
        // a retry that started just before the cancel: its ReserveStock is fenced and the order stays cancelled
        assertThatThrownBy(() -> world.reserveStock.execute(id)).isInstanceOf(app.orderdesk.backend.errors.OrderRejectedException.class);
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
    }

    @Test
    void aRepeatedHoldChangesNothingAndOnlyTheStepsBeforePaymentAreHeld() {
        String id = heldAtReserveStock();
        int steps = world.orders.timelines.get(id).size();

        world.holdForRetry.hold(StepInput.of(id), "ReserveStock", DYNAMO_AWAY);

        assertThat(world.orders.timelines.get(id)).hasSize(steps);
        assertThatThrownBy(() -> world.holdForRetry.hold(StepInput.of(id), "ProcessPayment", DYNAMO_AWAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
