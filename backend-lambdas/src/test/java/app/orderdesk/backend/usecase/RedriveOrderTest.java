package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.WorkflowControl.Redrive;
import org.junit.jupiter.api.Test;

class RedriveOrderTest {

    private final World world = new World();

    /** An order held after ValidateOrder gave up (ADR 0013). */
    private String failedOrder() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.holdForRetry.hold(StepInput.of(id), "ValidateOrder", 0,
                new WorkflowError("app.orderdesk.backend.errors.TransientFailureException", null));
        assertThat(world.holds.isHeld(id)).isTrue();
        return id;
    }

    private java.util.List<String> audit(String id) {
        return world.orders.timelines.getOrDefault(id, java.util.List.of()).stream()
                .filter(step -> step.name().equals("RetryRequested")).map(app.orderdesk.backend.domain.WorkflowStep::cause).toList();
    }

    @Test
    void redrivesAHeldOrderAndRecordsWhoDidIt() {
        String id = failedOrder();

        var answer = world.redriveOrder.execute(id, "sam@orderdesk.test");

        assertThat(answer.orderId()).isEqualTo(id);
        assertThat(answer.redriveCount()).isEqualTo(1);
        assertThat(answer.status()).isEqualTo(app.orderdesk.api.OrderStatus.RECEIVED);
        assertThat(world.stopper.redriven).containsExactly(id);
        assertThat(audit(id)).containsExactly("Retried from the failed step by sam@orderdesk.test (redrive 1)");
    }

    @Test
    void askingAgainWhileTheRedriveRunsAnswersTheSameCountWithoutASecondRedrive() {
        String id = failedOrder();
        world.redriveOrder.execute(id, "sam");

        var again = world.redriveOrder.execute(id, "alex");

        assertThat(again.redriveCount()).isEqualTo(1);
        assertThat(world.stopper.redriven).containsExactly(id);
        assertThat(audit(id)).containsExactly("Retried from the failed step by sam (redrive 1)");
    }

    @Test
    void refusesACompensatedFailedOrder() {
        String id = world.place("tok_visa", line("p-mug", 1));
        assertThat(world.orders.update(OrderUpdate.moveTo(id, OrderStatus.FAILED, world.clock.instant()))).isTrue();

        assertThatThrownBy(() -> world.redriveOrder.execute(id, "sam"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_REDRIVABLE"))
                .hasMessageContaining("its failure was compensated");
        assertThat(world.stopper.redriven).isEmpty();
    }

    @Test
    void refusesOrdersThatAreNotFailedWithoutTouchingTheWorkflow() {
        String completed = world.place("tok_visa", line("p-mug", 1));
        assertThat(world.orders.update(OrderUpdate.moveTo(completed, OrderStatus.CANCELLED, world.clock.instant()))).isTrue();

        assertThatThrownBy(() -> world.redriveOrder.execute(completed, "sam"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_REDRIVABLE"))
                .hasMessageContaining("because it is cancelled");
        assertThat(world.stopper.redriven).isEmpty();
    }

    @Test
    void refusesWhenStepFunctionsDoes() {
        String id = failedOrder();
        world.stopper.nextRedrive = Redrive.notRedrivable("Execution redrivable period exceeded.");

        assertThatThrownBy(() -> world.redriveOrder.execute(id, "sam"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Execution redrivable period exceeded.");
        assertThat(audit(id)).isEmpty();
    }

    @Test
    void unknownAndMalformedOrderIdsAreRefused() {
        assertThatThrownBy(() -> world.redriveOrder.execute("3f2b8a8e-0000-4000-8000-000000000000", "sam"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.redriveOrder.execute("../etc", "sam"))
                .isInstanceOf(ValidationFailedException.class);
    }
}
