package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.TimelineStep;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import app.orderdesk.backend.fakes.World;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The workflow as the ASL runs it: each task's answer is the next task's carried state, and each
 * task records its step in the order record. Reads are counted on the fake repository.
 */
class CarriedStateAndTimelineTest {

    private static final Instant ENTERED = Instant.parse("2026-11-28T10:00:00Z");

    private final World world = new World();

    /** The next task's input, as the ASL builds it: the previous answer is the state ({@code carried.$: $}). */
    private static StepInput next(TaskResult previous, String state, int retries, WorkflowStep notification) {
        var carried = new CarriedOrder(previous.orderNumber(), previous.totalCents(), previous.createdAt(), previous.status(), previous.lines());
        return new StepInput(previous.orderId(), carried, state, retries, ENTERED, previous.validated(), previous.saved(), notification, null, false);
    }

    /** The execution input PlaceOrder starts the workflow with. */
    private TaskResult start(String id) {
        Order order = world.orders.get(id);
        var facts = CarriedOrder.of(order);
        return new TaskResult(id, facts.orderNumber(), null, facts.totalCents(), facts.createdAt(), facts.lines(), null, null);
    }

    private record Step(String state, Function<StepInput, TaskResult> task) {}

    private List<Step> happyPath() {
        return List.of(new Step("ValidateOrder", world.validateOrder::execute), new Step("SaveOrder", world.saveOrder::execute),
                new Step("ReserveStock", world.reserveStock::execute), new Step("ProcessPayment", world.processPayment::execute),
                new Step("UpdateInventory", world.commitStock::execute), new Step("GenerateReceipt", world.generateReceipt::execute),
                new Step("EmailReceipt", world.emailReceipt::execute));
    }

    private static final WorkflowStep NOTIFIED = WorkflowStep.succeeded("SendNotification", 1, ENTERED, ENTERED);

    @Test
    void withTheStateCarriedOnlyTheReceiptAndEmailStepsReadTheOrder() {
        String id = world.place("tok_visa", line("p-mug", 2), line("p-tee", 1));
        int readsBefore = world.orders.reads.get();
        TaskResult state = start(id);
        for (Step step : happyPath()) {
            state = step.task().apply(next(state, step.state(), 0, step.state().equals("GenerateReceipt") ? NOTIFIED : null));
        }

        assertThat(state.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(world.orders.reads.get() - readsBefore).as("order reads: GenerateReceipt and EmailReceipt").isEqualTo(2);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(8);
        assertThat(world.movements.rows).hasSize(2);
        assertThat(world.outbox.sent).hasSize(1);

        var timeline = new GetTimeline(world.orders).execute(id);
        assertThat(timeline.executionStatus()).isEqualTo("SUCCEEDED");
        assertThat(timeline.steps()).extracting(s -> s.name() + " " + s.status()).containsExactly(
                "ValidateOrder SUCCEEDED", "SaveOrder SUCCEEDED", "ReserveStock SUCCEEDED", "ProcessPayment SUCCEEDED",
                "UpdateInventory SUCCEEDED", "SendNotification SUCCEEDED", "GenerateReceipt SUCCEEDED", "EmailReceipt SUCCEEDED");
        assertThat(timeline.steps()).allSatisfy(s -> assertThat(s.startedAt()).isNotNull());
    }

    @Test
    void aRedeliveredStepWithTheSameStateChangesNothingAndRecordsNoSecondStep() {
        String id = world.place("tok_visa", line("p-mug", 2));
        TaskResult state = start(id);
        for (Step step : happyPath()) {
            StepInput input = next(state, step.state(), 0, step.state().equals("GenerateReceipt") ? NOTIFIED : null);
            TaskResult first = step.task().apply(input);
            Order order = world.orders.get(id);
            int steps = world.orders.timelines.getOrDefault(id, List.of()).size();
            int writes = world.orders.writes;
            int movements = world.movements.rows.size();
            int mails = world.outbox.sent.size();

            TaskResult again = step.task().apply(input);

            assertThat(again.status()).as(step.state()).isEqualTo(first.status());
            assertThat(world.orders.get(id)).as(step.state()).isEqualTo(order);
            assertThat(world.orders.timelines.getOrDefault(id, List.of())).as(step.state()).hasSize(steps);
            assertThat(world.orders.writes).as(step.state()).isEqualTo(writes);
            assertThat(world.movements.rows).hasSize(movements);
            assertThat(world.outbox.sent).hasSize(mails);
            state = first;
        }
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(8);
    }

    @Test
    void aDeclinedPaymentIsRecordedByTheCompensationWithTheReasonInWords() {
        String id = world.place("tok_chargeDeclined", line("p-mug", 1));
        TaskResult state = start(id);
        for (Step step : happyPath().subList(0, 3)) {
            state = step.task().apply(next(state, step.state(), 0, null));
        }
        TaskResult reserved = state;
        assertThatThrownBy(() -> world.processPayment.execute(next(reserved, "ProcessPayment", 0, null)))
                .isInstanceOf(PaymentDeclinedException.class);

        var error = new WorkflowError(PaymentDeclinedException.class.getName(), "Your card was declined.");
        world.releaseStock.execute(next(reserved, "DeclinePayment", 0, null), "PAYMENT_DECLINED", error);

        var timeline = new GetTimeline(world.orders).execute(id);
        assertThat(timeline.executionStatus()).isEqualTo("SUCCEEDED");
        assertThat(timeline.steps()).extracting(s -> s.name() + " " + s.status()).containsExactly(
                "ValidateOrder SUCCEEDED", "SaveOrder SUCCEEDED", "ReserveStock SUCCEEDED", "ProcessPayment FAILED", "DeclinePayment SUCCEEDED");
        TimelineStep payment = timeline.steps().get(3);
        assertThat(payment.error()).isEqualTo(PaymentDeclinedException.class.getName());
        assertThat(payment.cause()).isEqualTo("Your card was declined.");
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
    }

    @Test
    void aTimeoutThatNeverReachedATaskIsRecordedByTheLastResortMarker() {
        String id = world.place("tok_visa", line("p-mug", 1));
        TaskResult state = start(id);
        for (Step step : happyPath().subList(0, 4)) {
            state = step.task().apply(next(state, step.state(), 0, null));
        }
        var carried = next(state, "MarkOrderFailed", 0, null);
        var lastResort = new StepInput(id, carried.carried(), "MarkOrderFailed", 0, ENTERED, null, null, null, null, true);

        world.markOrder.execute(lastResort, OrderStatus.FAILED, new WorkflowError("States.Timeout", null));

        var timeline = new GetTimeline(world.orders).execute(id);
        assertThat(timeline.executionStatus()).isEqualTo("FAILED");
        assertThat(timeline.steps()).extracting(s -> s.name() + " " + s.status()).endsWith(
                "ProcessPayment SUCCEEDED", "UpdateInventory FAILED", "AlertSupport SUCCEEDED", "MarkOrderFailed SUCCEEDED");
        assertThat(timeline.steps().get(4).cause()).isEqualTo("A workflow step took too long; the order was stopped");
    }

    @Test
    void anOrderCancelledBeforeItWasAcceptedIsRejectedByReserveStockWithItsStockBack() {
        String id = world.place("tok_visa", line("p-mug", 1));
        TaskResult validated = world.validateOrder.execute(next(start(id), "ValidateOrder", 0, null));
        TaskResult saved = world.saveOrder.execute(next(validated, "SaveOrder", 0, null));
        world.cancelOrder.execute(id, "changed mind", "staff");

        assertThatThrownBy(() -> world.reserveStock.execute(next(saved, "ReserveStock", 0, null)))
                .isInstanceOf(OrderRejectedException.class);
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.orders.get(id).acceptedAt()).as("never accepted").isNull();
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
        assertThat(world.inventory.level("p-mug").reserved()).isZero();
        assertThat(new GetTimeline(world.orders).execute(id).executionStatus()).isEqualTo("ABORTED");
    }

    /** ADR 0088: SaveOrder writes nothing; ReserveStock's one write records both carried steps and the acceptance. */
    @Test
    void saveOrderWritesNothingAndReserveStocksWriteAcceptsTheOrderWithBothSteps() {
        String id = world.place("tok_visa", line("p-mug", 1));
        TaskResult validated = world.validateOrder.execute(next(start(id), "ValidateOrder", 0, null));
        int writes = world.orders.writes;
        int reads = world.orders.reads.get();

        TaskResult saved = world.saveOrder.execute(next(validated, "SaveOrder", 0, null));

        assertThat(world.orders.writes).as("SaveOrder's writes").isEqualTo(writes);
        assertThat(world.orders.reads.get()).as("SaveOrder's reads").isEqualTo(reads);
        assertThat(world.orders.get(id).acceptedAt()).isNull();
        assertThat(saved.saved().endedAt()).as("carried with its start only: a redelivery answers the same").isNull();
        assertThat(saved.validated().endedAt()).isNull();

        world.reserveStock.execute(next(saved, "ReserveStock", 0, null));

        assertThat(world.orders.writes).as("ReserveStock's order writes").isEqualTo(writes + 1);
        Order order = world.orders.get(id);
        assertThat(order.status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(order.acceptedAt()).as("accepted when SaveOrder ended: ReserveStock was entered").isEqualTo(ENTERED);
        var steps = new GetTimeline(world.orders).execute(id).steps();
        assertThat(steps).extracting(s -> s.name() + " " + s.status())
                .containsExactly("ValidateOrder SUCCEEDED", "SaveOrder SUCCEEDED", "ReserveStock SUCCEEDED");
        assertThat(steps).allSatisfy(s -> assertThat(s.endedAt()).as(s.name()).isNotNull());
    }

    /** An order a SaveOrder of an older execution accepted with its own write (before ADR 0088) is still reserved. */
    @Test
    void anOrderAcceptedByAnOlderSaveOrderWriteIsStillReserved() {
        String id = world.place("tok_visa", line("p-mug", 1));
        TaskResult validated = world.validateOrder.execute(next(start(id), "ValidateOrder", 0, null));
        TaskResult saved = world.saveOrder.execute(next(validated, "SaveOrder", 0, null));
        var olderAccept = new app.orderdesk.backend.port.OrderUpdate(id, java.util.Set.of(OrderStatus.RECEIVED), null, null, null,
                null, null, ENTERED, ENTERED, List.of(saved.validated(), saved.saved()));
        assertThat(world.orders.update(olderAccept)).isTrue();

        TaskResult reserved = world.reserveStock.execute(next(saved, "ReserveStock", 0, null));

        assertThat(reserved.status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(world.inventory.level("p-mug").reserved()).isEqualTo(1);
        assertThat(new GetTimeline(world.orders).execute(id).steps()).extracting(s -> s.name() + " " + s.status())
                .containsExactly("ValidateOrder SUCCEEDED", "SaveOrder SUCCEEDED", "ReserveStock SUCCEEDED");
    }

    @Test
    void aProductGoneAfterPlacingPassesTheCarriedValidationUncheckedAndIsRejectedByReserveStock() {
        String id = world.place("tok_visa", line("p-mug", 1));
        var noLongerSold = new app.orderdesk.backend.fakes.InMemoryInventory(); // the mug's item is gone
        var validate = new ValidateOrder(world.orders, noLongerSold);
        var reserve = new ReserveStock(world.orders, noLongerSold, world.clock);

        TaskResult validated = validate.execute(next(start(id), "ValidateOrder", 0, null));
        TaskResult saved = world.saveOrder.execute(next(validated, "SaveOrder", 0, null));

        assertThatThrownBy(() -> reserve.execute(next(saved, "ReserveStock", 0, null)))
                .isInstanceOf(OrderRejectedException.class).hasMessage("[[PRODUCT_NOT_SOLD sku=MUG-BLU&name=Blue+Mug]] Product Blue Mug (SKU MUG-BLU) is no longer sold");
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(world.orders.get(id).statusReason()).isEqualTo("Product Blue Mug (SKU MUG-BLU) is no longer sold");
        assertThat(new GetTimeline(world.orders).execute(id).steps()).extracting(s -> s.name() + " " + s.status())
                .containsExactly("ValidateOrder SUCCEEDED", "SaveOrder SUCCEEDED", "ReserveStock FAILED");
    }

    @Test
    void emailReceiptHandsOverTheRecordItReadWithTheStatusItWroteSoTheEndIsCountedWithoutAnotherRead() {
        String id = world.place("tok_visa", line("p-mug", 2));
        TaskResult state = start(id);
        for (Step step : happyPath().subList(0, happyPath().size() - 1)) {
            state = step.task().apply(next(state, step.state(), 0, null));
        }
        int readsBefore = world.orders.reads.get();
        var totals = new app.orderdesk.backend.fakes.InMemoryDailyTotals();
        var outcomes = new RecordOrderOutcome(world.orders, totals, java.time.ZoneOffset.UTC);

        EmailReceipt.Done done = world.emailReceipt.run(next(state, "EmailReceipt", 0, null));
        outcomes.execute(done.record(), done.result().status());
        EmailReceipt.Done again = world.emailReceipt.run(next(state, "EmailReceipt", 1, null));
        outcomes.execute(again.record(), again.result().status());

        assertThat(world.orders.reads.get() - readsBefore).as("one read per EmailReceipt call, none for the count").isEqualTo(2);
        assertThat(world.outbox.sent).hasSize(1);
        String day = app.orderdesk.backend.domain.OrderDay.of(world.orders.get(id).createdAt(), java.time.ZoneOffset.UTC);
        var counted = totals.read(List.of(day)).getFirst();
        assertThat(counted.ended()).containsExactly(java.util.Map.entry(OrderStatus.COMPLETED, 1L));
        assertThat(counted.revenueCents()).isEqualTo(2500);
    }
}
