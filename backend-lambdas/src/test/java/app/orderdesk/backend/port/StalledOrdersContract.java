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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link StalledOrders} finds: RECEIVED, never accepted, not held, placed before the bound — nothing else. */
public abstract class StalledOrdersContract {

    protected abstract OrderRepository orders();

    protected abstract RetryHolds holds();

    protected abstract StalledOrders stalled();

    /** Long ago, at a random second, so orders of other tests sharing the table fall outside the bound. */
    private final Instant placedAt = Instant.parse("2001-01-01T00:00:00Z").plusSeconds(ThreadLocalRandom.current().nextInt(10_000_000));

    private Order placed() {
        String id = UUID.randomUUID().toString();
        Product mug = new Product("p-contract-mug", "MUG-C", "Contract Mug", Money.ofCents(1250), 3);
        Order order = Order.place(id, "OD-" + id.substring(0, 6), new Customer("ada@example.test", "Ada Lovelace", null),
                List.of(OrderLine.of(mug, 1)), "key-" + id, "tok_visa", placedAt);
        assertThat(orders().create(order)).isTrue();
        return order;
    }

    @Test
    void findsOnlyOrdersThatNoWorkflowRunAcceptedOrHeld() {
        Order neverStarted = placed();
        Order accepted = placed();
        orders().update(new OrderUpdate(accepted.orderId(), java.util.Set.of(OrderStatus.RECEIVED), null, null, null, null, null,
                placedAt, placedAt));
        Order held = placed();
        holds().hold(held.orderId(), "SaveOrder", "held", ReasonCode.of(ReasonCode.HELD_FOR_RETRY), List.of(WorkflowStep.failed("SaveOrder", 1, placedAt, placedAt, "x", "y", ReasonCode.of(ReasonCode.INTERNAL_ERROR))), placedAt);
        Order reserved = placed();
        orders().update(OrderUpdate.moveTo(reserved.orderId(), OrderStatus.RESERVED, placedAt));

        List<String> found = stalled().neverStarted(placedAt.plusSeconds(1), 1_000);

        assertThat(found).contains(neverStarted.orderId())
                .doesNotContain(accepted.orderId(), held.orderId(), reserved.orderId());
        assertThat(stalled().neverStarted(placedAt, 1_000)).as("placed at the bound itself").doesNotContain(neverStarted.orderId());
    }

    @Test
    void findsOrdersLeftInFlightNotHeldAndNotWrittenSinceTheBound() {
        Order neverStarted = placed();
        Order accepted = placed();
        orders().update(new OrderUpdate(accepted.orderId(), java.util.Set.of(OrderStatus.RECEIVED), null, null, null, null, null,
                placedAt, placedAt));
        Order paid = placed();
        orders().update(OrderUpdate.moveTo(paid.orderId(), OrderStatus.RESERVED, placedAt));
        orders().update(OrderUpdate.moveTo(paid.orderId(), OrderStatus.PAID, placedAt));
        Order heldReserved = placed();
        orders().update(OrderUpdate.moveTo(heldReserved.orderId(), OrderStatus.RESERVED, placedAt));
        holds().hold(heldReserved.orderId(), "ReserveStock", "held", app.orderdesk.backend.domain.ReasonCode.of(app.orderdesk.backend.domain.ReasonCode.HELD_FOR_RETRY), List.of(), placedAt);
        Order writtenLater = placed();
        orders().update(OrderUpdate.moveTo(writtenLater.orderId(), OrderStatus.RESERVED, placedAt.plusSeconds(60)));
        Order leftForPeople = placed();
        orders().update(OrderUpdate.moveTo(leftForPeople.orderId(), OrderStatus.RESERVED, placedAt));
        holds().leaveForPeople(leftForPeople.orderId(), OrderStatus.RESERVED, placedAt, 0, "left for people",
                app.orderdesk.backend.domain.ReasonCode.of(app.orderdesk.backend.domain.ReasonCode.STOPPED_REPEATEDLY), List.of(), placedAt);
        Order cancelled = placed();
        orders().cancel(cancelled.orderId(), "Cancelled by manager", app.orderdesk.backend.domain.ReasonCode.of(app.orderdesk.backend.domain.ReasonCode.CANCELLED_BY, "actor", "test"), placedAt);

        List<StalledOrders.InFlight> found = stalled().inFlight(placedAt.plusSeconds(1), 1_000);

        assertThat(found).contains(new StalledOrders.InFlight(accepted.orderId(), OrderStatus.RECEIVED, placedAt),
                new StalledOrders.InFlight(paid.orderId(), OrderStatus.PAID, placedAt));
        assertThat(found).extracting(StalledOrders.InFlight::orderId)
                .doesNotContain(neverStarted.orderId(), heldReserved.orderId(), writtenLater.orderId(), cancelled.orderId(),
                        leftForPeople.orderId());
        assertThat(stalled().inFlight(placedAt, 1_000)).as("written at the bound itself")
                .extracting(StalledOrders.InFlight::orderId).doesNotContain(accepted.orderId(), paid.orderId());
    }
}
