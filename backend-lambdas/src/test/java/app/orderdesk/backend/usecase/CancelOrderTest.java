package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.World;
import org.junit.jupiter.api.Test;

/** The workflow is EXPRESS and cannot be stopped: a cancel is the order's conditional move plus fenced releases. */
class CancelOrderTest {

    private final World world = new World();

    @Test
    void cancelsAReceivedOrder() {
        String id = world.place("tok_visa", line("p-mug", 2));

        var view = world.cancelOrder.execute(id, "Customer called back", "mia@orderdesk.test");

        assertThat(view.status()).isEqualTo(app.orderdesk.api.OrderStatus.CANCELLED);
        assertThat(view.statusReason()).isEqualTo("Cancelled by mia@orderdesk.test: Customer called back");
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
    }

    @Test
    void cancellingAReservedOrderReleasesItsStockExactlyOnce() {
        String id = world.place("tok_visa", line("p-mug", 4), line("p-tee", 3));
        world.reserveStock.execute(id);

        world.cancelOrder.execute(id, null, "mia");
        world.cancelOrder.execute(id, null, "mia");

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
        assertThat(world.inventory.level("p-tee").available()).isEqualTo(3);
    }

    @Test
    void refusesAPaidOrderWithAReason() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);

        assertThatThrownBy(() -> world.cancelOrder.execute(id, null, "mia"))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("NOT_CANCELLABLE"))
                .hasMessageContaining("already paid");
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void refusesAnOrderWhosePaymentIsUnderway() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);
        world.orders.claimPayment(id, world.clock.instant());

        assertThatThrownBy(() -> world.cancelOrder.execute(id, null, "mia"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("payment is already being processed");
        assertThat(world.inventory.level("p-mug").reservations()).containsKey(id);
    }

    @Test
    void refusesAnOrderThatAlreadyEnded() {
        String id = world.place("tok_visa", line("p-tee", 9));
        assertThatThrownBy(() -> world.reserveStock.execute(id)).isInstanceOf(OrderRejectedException.class);

        assertThatThrownBy(() -> world.cancelOrder.execute(id, null, "mia"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already ended as rejected");
    }

    @Test
    void validatesTheIdAndTheReasonAndReportsUnknownOrders() {
        assertThatThrownBy(() -> world.cancelOrder.execute("nope", null, "mia")).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> world.cancelOrder.execute("00000000-0000-4000-8000-000000000099", "x".repeat(501), "mia"))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        v -> assertThat(v.issues().getFirst().field()).isEqualTo("reason"));
        assertThatThrownBy(() -> world.cancelOrder.execute("00000000-0000-4000-8000-000000000099", null, "mia"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void reserveStockGivesBackWhatItReservedWhenACancelLandsBeforeIt() {
        String id = world.place("tok_visa", line("p-mug", 4), line("p-tee", 3));
        // The cancel finds nothing reserved yet; ReserveStock then reserves for a cancelled order.
        world.inventory.beforeNextReserve = () -> world.cancelOrder.execute(id, null, "mia");

        assertThatThrownBy(() -> world.reserveStock.execute(id)).isInstanceOf(OrderRejectedException.class);

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
        assertThat(world.inventory.level("p-tee").available()).isEqualTo(3);
    }

    @Test
    void stockComesBackOnceWhenTheCancelLandsAfterTheReservations() {
        String id = world.place("tok_visa", line("p-mug", 4));
        // Both ReserveStock (its move to RESERVED fails) and the cancel release: only one may succeed.
        world.orders.beforeNextWrite = () -> world.cancelOrder.execute(id, null, "mia");

        assertThatThrownBy(() -> world.reserveStock.execute(id)).isInstanceOf(OrderRejectedException.class);

        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
    }

    @Test
    void paymentNeverChargesAnOrderCancelledAfterItWasRead() {
        var processPayment = world.processPayment;
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);
        world.orders.beforeNextWrite = () -> world.cancelOrder.execute(id, null, "mia");

        assertThatThrownBy(() -> processPayment.execute(id)).isInstanceOf(OrderRejectedException.class);

        assertThat(world.payments.chargeCalls).isEmpty();
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.orders.get(id).paymentId()).isNull();
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
    }

    @Test
    void aCancelLosesToAPaymentThatClaimedTheOrderFirst() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);
        world.orders.claimPayment(id, world.clock.instant());

        assertThatThrownBy(() -> world.cancelOrder.execute(id, null, "mia")).isInstanceOf(ConflictException.class);
        assertThat(world.processPayment.execute(id).status()).isEqualTo(OrderStatus.PAID);
    }
}
