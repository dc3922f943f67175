package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconcileReservationsTest {

    private final World world = new World();
    private final ReconcileReservations reconciler = new ReconcileReservations(world.inventory, world.orders, world.clock);

    @Test
    void releasesWhatEndedUnpaidOrdersHoldCommitsCompletedOnesAndLeavesTheRest() {
        String rejected = world.place("tok_visa", line("p-mug", 2));
        world.inventory.holdFor("p-mug", rejected, 2); // a late write that landed before any fence
        world.orders.update(OrderUpdate.moveTo(rejected, OrderStatus.REJECTED, Fakes.NOW));
        String completed = completedOrder(line("p-tee", 1));
        world.inventory.holdFor("p-tee", completed, 1);
        String paidFailed = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(paidFailed);
        world.processPayment.execute(paidFailed);
        world.releaseStock.execute(paidFailed, "FAILED", null); // paid: refunded, and its stock comes back
        String refundedButHolding = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(refundedButHolding);
        world.processPayment.execute(refundedButHolding);
        world.markOrder.execute(refundedButHolding, OrderStatus.FAILED, null); // refunded by MarkOrder, reservation left behind
        String inFlight = world.place("tok_visa", line("p-mug", 3));
        world.reserveStock.execute(inFlight);

        ReconcileReservations.Report report = reconciler.execute();

        assertThat(report.released()).extracting(ReconcileReservations.Fix::orderId).containsExactlyInAnyOrder(rejected, refundedButHolding);
        assertThat(report.committed()).extracting(ReconcileReservations.Fix::orderId).containsExactly(completed);
        assertThat(report.keptPaidFailed()).as("every paid order that failed was refunded").isEmpty();
        assertThat(report.inFlight()).isEqualTo(1);
        assertThat(report.fixed()).isEqualTo(3);
        assertThat(world.inventory.level("p-mug").reservations()).containsOnlyKeys(inFlight);
        assertThat(world.inventory.level("p-mug").available()).as("the rejected and the refunded orders' units came back").isEqualTo(10 - 3);
        assertThat(world.inventory.level("p-tee").reservations()).isEmpty();
        assertThat(world.inventory.level("p-tee").available()).as("the completed sale is not given back").isEqualTo(3 - 1 - 1);
        assertThat(world.inventory.fences("p-mug")).as("a released order cannot re-reserve").containsKey(rejected);

        ReconcileReservations.Report again = reconciler.execute();
        assertThat(again.fixed()).as("a second run finds nothing to fix").isZero();
    }

    @Test
    void dropsFencesOnlyOnceNoLateWriteCanArrive() {
        String old = world.place("tok_visa", line("p-mug", 1));
        world.inventory.now = Fakes.NOW.minus(ReconcileReservations.FENCE_RETENTION).minus(Duration.ofSeconds(1));
        world.cancelOrder.execute(old, null, "manager@example.test");
        String recent = world.place("tok_visa", line("p-mug", 1));
        world.inventory.now = Fakes.NOW.minus(Duration.ofMinutes(5));
        world.cancelOrder.execute(recent, null, "manager@example.test");

        ReconcileReservations.Report report = reconciler.execute();

        assertThat(report.fencesSeen()).isEqualTo(2);
        assertThat(report.fencesDropped()).isEqualTo(1);
        assertThat(world.inventory.fences("p-mug")).containsOnlyKeys(recent);
    }

    private String completedOrder(app.orderdesk.api.OrderLineRequest line) {
        String id = world.place("tok_visa", line);
        world.validateOrder.execute(id);
        world.saveOrder.execute(id);
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        world.emailReceipt.execute(id);
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.COMPLETED);
        return id;
    }
}
