package app.orderdesk.backend.adapter.sns;

import app.orderdesk.backend.domain.ReasonCode;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Refunds write the order's status on its item past the order repository; the desks must still hear
 * of it (issue 11's live updates): an applied refund announces PARTIALLY_REFUNDED or REFUNDED, a
 * refused or repeated one announces nothing.
 */
class NotifyingRefundRepositoryTest {

    private static final Instant AT = Instant.parse("2026-11-29T01:00:00Z");
    private static final Order ORDER = Order.place("o-1", "OD-000001", new Customer("ada@example.test", "Ada", "+15555550100"),
            List.of(OrderLine.of(new Product("p-mug", "MUG", "Mug", Money.ofCents(1000), 5), 2)), "key", "tok_visa", AT);

    private final List<String> announced = new ArrayList<>();
    private final ChangeEvents events = new ChangeEvents() {
        @Override public void orderStatusChanged(String orderId, OrderStatus status, Instant at) { announced.add(orderId + " " + status); }
        @Override public void stockChanged(String productId, Instant at) { announced.add(productId); }
        @Override public void settingsChanged(Instant at) {}
    };

    @Test
    void anAppliedRefundAnnouncesTheStatusItLeft() {
        Stub stub = new Stub();
        RefundRepository refunds = new NotifyingRefundRepository(stub, events, Clock.fixed(AT, ZoneOffset.UTC));

        stub.next = new RefundRepository.ApplyOutcome.Applied();
        stub.refundedCents = 1000;
        refunds.apply(ORDER, null);
        stub.refundedCents = 2000;
        refunds.apply(ORDER, null);
        stub.next = new RefundRepository.ApplyOutcome.AlreadyApplied();
        refunds.apply(ORDER, null);
        stub.next = new RefundRepository.ApplyOutcome.ExceedsSold(0, 2);
        refunds.apply(ORDER, null);

        assertThat(announced).containsExactly("o-1 PARTIALLY_REFUNDED", "o-1 REFUNDED");
    }

    /** Applies as told and reports the refunded total it is given. */
    private static final class Stub implements RefundRepository {
        ApplyOutcome next;
        long refundedCents;

        @Override public OrderRefunds find(String orderId) { return new OrderRefunds(List.of(), Map.of(), refundedCents); }
        @Override public ApplyOutcome apply(Order order, Refund refund) { return next; }
        @Override public boolean claimWork(String orderId, String refundId, Instant now, Duration stale) { return true; }
        @Override public void markFinished(String orderId, String refundId, Instant at) {}
        @Override public void markRefunded(String orderId, String refundId, String gatewayRefundId) {}
        @Override public void markCredited(String orderId, String refundId) {}
        @Override public void markRefused(String orderId, Refund refund, String why) {}
        @Override public java.util.Optional<app.orderdesk.backend.domain.OrderStatus> statusFollowsRefunds(String orderId,
                java.time.Instant at) { return java.util.Optional.empty(); }
        @Override public void markCreditNote(String orderId, String refundId, String creditNoteKey) {}
        @Override public void markEmailed(String orderId, String refundId, Instant at) {}
        @Override public void flagFollowUp(String orderId, String refundId, String followUp, ReasonCode code) {}
    }
}
