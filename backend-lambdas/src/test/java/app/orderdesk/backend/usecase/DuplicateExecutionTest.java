package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.Mailer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * ADR 0018: the order workflow is EXPRESS, which runs an execution at least once — the same input can run
 * twice for one order, side by side or one after the other. Every step must then change things once:
 * one reservation, one charge, one sale movement, one email, one COMPLETED.
 */
class DuplicateExecutionTest {

    private final World world = new World();

    /** The next state's input, as the workflow hands it: the previous task's answer, carried. */
    private static StepInput carried(String id, TaskResult previous) {
        return new StepInput(id, new CarriedOrder(previous.orderNumber(), previous.totalCents(), previous.createdAt(),
                previous.status(), previous.lines()), null, 0, null, null, null, null, null, false);
    }

    /** The input PlaceOrder starts the workflow with (no status yet). */
    private StepInput started(String id) {
        TaskResult placed = TaskResult.of(world.orders.get(id));
        return new StepInput(id, new CarriedOrder(placed.orderNumber(), placed.totalCents(), placed.createdAt(), null,
                placed.lines()), null, 0, null, null, null, null, null, false);
    }

    private void assertOnce(String id) {
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(world.payments.chargeCalls).as("charges").hasSize(1);
        assertThat(world.inventory.level("p-mug").available()).as("mugs").isEqualTo(10 - 2);
        assertThat(world.inventory.level("p-tee").available()).as("tees").isEqualTo(3 - 1);
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
        assertThat(world.inventory.level("p-tee").reservations()).isEmpty();
        assertThat(world.movements.rows).as("sale movements").hasSize(2);
        assertThat(world.outbox.sent).as("emails").hasSize(1);
    }

    @Test
    void twoExecutionsOfOneOrderSideBySideChangeEverythingOnce() {
        String id = world.place("tok_visa", line("p-mug", 2), line("p-tee", 1));
        StepInput a = started(id);
        StepInput b = started(id);

        TaskResult va = world.validateOrder.execute(a);
        TaskResult vb = world.validateOrder.execute(b);
        TaskResult sa = world.saveOrder.execute(carried(id, va));
        TaskResult sb = world.saveOrder.execute(carried(id, vb));
        TaskResult ra = world.reserveStock.execute(carried(id, sa));
        TaskResult rb = world.reserveStock.execute(carried(id, sb));
        TaskResult pa = world.processPayment.execute(carried(id, ra));
        TaskResult pb = world.processPayment.execute(carried(id, rb));
        TaskResult ca = world.commitStock.execute(carried(id, pa));
        TaskResult cb = world.commitStock.execute(carried(id, pb));
        TaskResult ga = world.generateReceipt.execute(carried(id, ca));
        TaskResult gb = world.generateReceipt.execute(carried(id, cb));
        world.emailReceipt.run(carried(id, ga), "execution-a");
        world.emailReceipt.run(carried(id, gb), "execution-b");

        assertOnce(id);
    }

    @Test
    void aLateDuplicateAfterTheFirstCompletedChangesNothing() {
        String id = world.place("tok_visa", line("p-mug", 2), line("p-tee", 1));
        runAll(id, "execution-a");
        assertOnce(id);

        runAll(id, "execution-b");

        assertOnce(id);
    }

    private void runAll(String id, String execution) {
        TaskResult r = world.validateOrder.execute(started(id));
        r = world.saveOrder.execute(carried(id, r));
        r = world.reserveStock.execute(carried(id, r));
        r = world.processPayment.execute(carried(id, r));
        r = world.commitStock.execute(carried(id, r));
        r = world.generateReceipt.execute(carried(id, r));
        world.emailReceipt.run(carried(id, r), execution);
    }

    /**
     * Both executions read "not sent" before either sends: the second one's EmailReceipt runs while the first
     * one's mail is leaving (a mailer that runs it inside send). The conditional mark lets one send.
     */
    @Test
    void twoEmailStepsThatBothReadNotSentSendOneEmail() {
        String id = world.place("tok_visa", line("p-mug", 2), line("p-tee", 1));
        TaskResult r = world.validateOrder.execute(started(id));
        r = world.saveOrder.execute(carried(id, r));
        r = world.reserveStock.execute(carried(id, r));
        r = world.processPayment.execute(carried(id, r));
        r = world.commitStock.execute(carried(id, r));
        TaskResult ready = world.generateReceipt.execute(carried(id, r));
        EmailReceipt[] other = new EmailReceipt[1];
        AtomicInteger inside = new AtomicInteger();
        Mailer overlapping = email -> {
            world.outbox.send(email);
            if (inside.getAndIncrement() == 0) {
                other[0].run(carried(id, ready), "execution-b");
            }
        };
        EmailReceipt first = new EmailReceipt(world.orders, world.receipts, overlapping, world.clock);
        other[0] = new EmailReceipt(world.orders, world.receipts, overlapping, world.clock);

        first.run(carried(id, ready), "execution-a");

        assertOnce(id);
    }

    @Test
    void theExecutionThatMarkedTheEmailMaySendItOnItsRetryAndNoOtherCan() {
        String id = world.place("tok_visa", line("p-mug", 1));
        TaskResult r = world.validateOrder.execute(started(id));
        r = world.saveOrder.execute(carried(id, r));
        r = world.reserveStock.execute(carried(id, r));
        r = world.processPayment.execute(carried(id, r));
        r = world.commitStock.execute(carried(id, r));
        TaskResult ready = world.generateReceipt.execute(carried(id, r));
        AtomicInteger calls = new AtomicInteger();
        Mailer failsOnce = email -> {
            if (calls.getAndIncrement() == 0) {
                throw new app.orderdesk.backend.errors.TransientFailureException("SES SendEmail failed", null);
            }
            world.outbox.send(email);
        };
        EmailReceipt step = new EmailReceipt(world.orders, world.receipts, failsOnce, world.clock);

        assertThatThrownBy(() -> step.run(carried(id, ready), "execution-a"));
        step.run(carried(id, ready), "execution-b"); // a duplicate while the first one's retry waits: sends nothing
        assertThat(world.outbox.sent).isEmpty();
        step.run(carried(id, ready), "execution-a"); // the retry of the execution that marked it

        assertThat(world.outbox.sent).hasSize(1);
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(List.of(world.orders.emailClaims.get(id))).containsExactly("execution-a");
    }
}
