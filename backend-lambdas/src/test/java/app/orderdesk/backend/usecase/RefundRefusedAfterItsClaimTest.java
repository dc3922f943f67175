package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.RefundLineRequest;
import app.orderdesk.api.RefundRequest;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.InMemoryOrderRepository;
import app.orderdesk.backend.fakes.UnusedRefunds;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refund refused after it claimed its Idempotency-Key — another desk's refund took the units, or changed the order,
 * between this request's check and its write — wrote nothing, so its key is freed as when the same check refuses
 * before the claim: the corrected request may use it (found in session 36: it answered IDEMPOTENCY_CONFLICT).
 * The race is scripted at the port: the repository answers as DynamoDB's conditional write does when it lost.
 */
class RefundRefusedAfterItsClaimTest {

    private static final String ORDER_ID = "00000000-0000-4000-8000-00000000abcd";
    private static final String KEY = "5f0c1a2e-8b7d-4c3e-9a1f-2d3b4c5d6e7f";

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final Fakes.Idempotency idempotency = new Fakes.Idempotency();
    private final ScriptedRefunds refunds = new ScriptedRefunds();
    private final RefundOrder refundOrder = new RefundOrder(orders, refunds, idempotency, null, null, null, null,
            Fakes.sequentialIds(), Fakes.clock(), 1_000_000, () -> { });
    private final RefundOrder.Requester manager = new RefundOrder.Requester("manager@store.test", true);

    RefundRefusedAfterItsClaimTest() {
        Instant at = Instant.parse("2026-12-03T10:00:00Z");
        OrderLine mugs = new OrderLine("p-1", "MUG-1", "Mug", 2, Money.ofCents(500, "USD"));
        orders.orders.put(ORDER_ID, new Order(ORDER_ID, "OD-000001", new Customer("ann@example.test", "Ann", null),
                List.of(mugs), Money.ofCents(1000, "USD"), OrderStatus.COMPLETED, null, "place-key", "tok_visa", "pay-1",
                "receipts/OD-000001.pdf", at, at, at, at, 7));
    }

    private static RefundRequest mugs(int quantity) {
        return new RefundRequest(List.of(new RefundLineRequest("MUG-1", quantity, false)), null, null, "DAMAGED", null);
    }

    @Test
    void aRefundThatLostTheUnitsToAnotherDeskFreesItsKeyForTheCorrectedRequest() {
        refunds.outcomes.add(new RefundRepository.ApplyOutcome.ExceedsSold(0, 1)); // another desk refunded one mug first

        assertThatThrownBy(() -> refundOrder.execute(ORDER_ID, mugs(2), manager, KEY))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("REFUND_EXCEEDS_SOLD"));
        assertThat(idempotency.records).as("nothing was written: the key is free").isEmpty();

        refunds.outcomes.add(new RefundRepository.ApplyOutcome.NotRefundable("CANCELLED")); // the next try: refused again
        assertThatThrownBy(() -> refundOrder.execute(ORDER_ID, mugs(1), manager, KEY))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_REFUNDABLE"));

        assertThat(refunds.applied).as("the corrected request with the same key reached the write")
                .extracting(r -> r.idempotencyKey() + " × " + r.lines().getFirst().quantity())
                .containsExactly(KEY + " × 2", KEY + " × 1");
        assertThat(idempotency.records).isEmpty();
    }

    @Test
    void aKeyBoundToAnotherRequestIsNotFreedByThisOnesRefusal() {
        String otherHash = "hash-of-another-request";
        var other = new app.orderdesk.backend.port.IdempotencyStore.IdempotencyRecord("refund:" + ORDER_ID + ":" + KEY,
                otherHash, "refund-other", Instant.EPOCH, Instant.EPOCH.plus(Duration.ofDays(1)));
        idempotency.putIfAbsent(other);

        assertThatThrownBy(() -> refundOrder.execute(ORDER_ID, mugs(2), manager, KEY))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_CONFLICT"));
        assertThat(idempotency.records).containsValue(other);
        assertThat(refunds.applied).isEmpty();
    }

    /** Answers {@code apply} from a script; the order has no refunds yet when read. */
    private static final class ScriptedRefunds extends UnusedRefunds {
        final Deque<ApplyOutcome> outcomes = new ArrayDeque<>();
        final List<Refund> applied = new ArrayList<>();

        @Override
        public OrderRefunds find(String orderId) {
            return OrderRefunds.none();
        }

        @Override
        public ApplyOutcome apply(Order order, Refund refund) {
            applied.add(refund);
            return outcomes.removeFirst();
        }
    }
}
