package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.TransientFailureException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.OrderUpdate;
import org.junit.jupiter.api.Test;

/** ADR 0013 with an EXPRESS workflow: a retry is a new execution that resumes at the held step, one per hold. */
class RedriveOrderTest {

    private final World world = new World();

    /** An order held after ValidateOrder gave up (ADR 0013). */
    private String heldOrder() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.holdForRetry.hold(StepInput.of(id), "ValidateOrder",
                new WorkflowError("app.orderdesk.backend.errors.TransientFailureException", null));
        assertThat(world.holds.isHeld(id)).isTrue();
        return id;
    }

    private java.util.List<String> audit(String id) {
        return world.orders.timelines.getOrDefault(id, java.util.List.of()).stream()
                .filter(step -> step.name().equals("RetryRequested")).map(app.orderdesk.backend.domain.WorkflowStep::cause).toList();
    }

    @Test
    void startsANewExecutionAtTheHeldStepAndRecordsWhoDidIt() {
        String id = heldOrder();

        var answer = world.redriveOrder.execute(id, "sam@orderdesk.test");

        assertThat(answer.orderId()).isEqualTo(id);
        assertThat(answer.redriveCount()).isEqualTo(1);
        assertThat(answer.status()).isEqualTo(app.orderdesk.api.OrderStatus.RECEIVED);
        assertThat(world.workflow.resumed).containsExactly(id + " ValidateOrder 1");
        assertThat(world.holds.isHeld(id)).as("the hold became a running retry").isFalse();
        assertThat(world.orders.get(id).statusReason()).isNull();
        assertThat(audit(id)).containsExactly("Retried from ValidateOrder by sam@orderdesk.test (retry 1)");
    }

    @Test
    void aSecondRequestForTheSameHoldIsRefusedAndStartsNothing() {
        String id = heldOrder();
        world.redriveOrder.execute(id, "sam");

        assertThatThrownBy(() -> world.redriveOrder.execute(id, "alex"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_REDRIVABLE"));

        assertThat(world.workflow.resumed).containsExactly(id + " ValidateOrder 1");
        assertThat(audit(id)).containsExactly("Retried from ValidateOrder by sam (retry 1)");
    }

    @Test
    void aRetryThatGaveUpAgainCanBeRetriedAgainAsTheNextAttempt() {
        String id = heldOrder();
        world.redriveOrder.execute(id, "sam");
        world.holdForRetry.hold(StepInput.of(id), "SaveOrder", null);

        var again = world.redriveOrder.execute(id, "sam");

        assertThat(again.redriveCount()).isEqualTo(2);
        assertThat(world.workflow.resumed).containsExactly(id + " ValidateOrder 1", id + " SaveOrder 2");
    }

    @Test
    void whenTheExecutionCannotStartTheHoldIsPutBack() {
        String id = heldOrder();
        world.workflow.nextResumeFailure = new TransientFailureException("Step Functions StartExecution failed", null);

        assertThatThrownBy(() -> world.redriveOrder.execute(id, "sam")).isInstanceOf(TransientFailureException.class);

        assertThat(world.holds.isHeld(id)).as("support can try again").isTrue();
        var retried = world.redriveOrder.execute(id, "sam");
        assertThat(retried.redriveCount()).isEqualTo(2);
        assertThat(world.workflow.resumed).containsExactly(id + " ValidateOrder 2");
    }

    /** Audit, session 34: a start that timed out put the hold back while the run went on, inviting a second retry. */
    @Test
    void whenTheStartGoesOutUnansweredTheHoldStaysLiftedAndNoSecondRetryStarts() {
        String id = heldOrder();
        world.workflow.nextResumeFailure = new app.orderdesk.backend.errors.OutcomeUnknownException("no answer", null);

        assertThatThrownBy(() -> world.redriveOrder.execute(id, "sam"))
                .isInstanceOf(app.orderdesk.backend.errors.OutcomeUnknownException.class);

        assertThat(world.holds.isHeld(id)).as("it may be running: not shown as held").isFalse();
        assertThatThrownBy(() -> world.redriveOrder.execute(id, "sam"))
                .isInstanceOfSatisfying(app.orderdesk.backend.errors.ConflictException.class,
                        c -> assertThat(c.code()).isEqualTo("NOT_REDRIVABLE"));
        assertThat(audit(id)).as("the retry that went out is on the order's record").hasSize(1);
    }

    @Test
    void refusesACompensatedFailedOrder() {
        String id = world.place("tok_visa", line("p-mug", 1));
        assertThat(world.orders.update(OrderUpdate.moveTo(id, OrderStatus.FAILED, world.clock.instant()))).isTrue();

        assertThatThrownBy(() -> world.redriveOrder.execute(id, "sam"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_REDRIVABLE"))
                .hasMessageContaining("its failure was compensated");
        assertThat(world.workflow.resumed).isEmpty();
    }

    @Test
    void refusesOrdersThatEndedOrAreNotHeld() {
        String cancelled = world.place("tok_visa", line("p-mug", 1));
        assertThat(world.orders.update(OrderUpdate.moveTo(cancelled, OrderStatus.CANCELLED, world.clock.instant()))).isTrue();
        String running = world.place("tok_visa", line("p-mug", 1));

        assertThatThrownBy(() -> world.redriveOrder.execute(cancelled, "sam"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_REDRIVABLE"))
                .hasMessageContaining("because it is cancelled");
        assertThatThrownBy(() -> world.redriveOrder.execute(running, "sam"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_REDRIVABLE"))
                .hasMessageContaining("not held");
        assertThat(world.workflow.resumed).isEmpty();
    }

    @Test
    void unknownAndMalformedOrderIdsAreRefused() {
        assertThatThrownBy(() -> world.redriveOrder.execute("3f2b8a8e-0000-4000-8000-000000000000", "sam"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.redriveOrder.execute("../etc", "sam"))
                .isInstanceOf(ValidationFailedException.class);
    }
}
