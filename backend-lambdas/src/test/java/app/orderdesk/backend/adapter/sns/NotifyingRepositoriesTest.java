package app.orderdesk.backend.adapter.sns;

import app.orderdesk.backend.domain.ReasonCode;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.fakes.InMemoryOrderRepository;
import app.orderdesk.backend.fakes.InMemoryRetryHolds;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.RetryHolds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A status is announced exactly when it was written: an update whose condition failed announces nothing. */
class NotifyingRepositoriesTest {

    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");
    private final List<String> announced = new ArrayList<>();
    private final ChangeEvents events = new ChangeEvents() {
        @Override public void orderStatusChanged(String orderId, OrderStatus status, Instant at) { announced.add(orderId + " " + status + " " + at); }
        @Override public void stockChanged(String productId, Instant at) { announced.add(productId); }
        @Override public void settingsChanged(Instant at) {}
    };

    @Test
    void anAppliedStatusChangeIsAnnouncedAndARefusedOneIsNot() {
        boolean[] applies = {true};
        OrderRepository orders = new NotifyingOrderRepository(new Stub(() -> applies[0]), events);

        assertThat(orders.update(OrderUpdate.moveTo("o-1", OrderStatus.PAID, AT))).isTrue();
        applies[0] = false;
        assertThat(orders.update(OrderUpdate.moveTo("o-1", OrderStatus.FULFILLED, AT))).isFalse();
        applies[0] = true;
        // a write that changes no status (here only the receipt key) announces nothing
        assertThat(orders.update(new OrderUpdate("o-1", java.util.Set.of(OrderStatus.FULFILLED), null, null, null, "receipts/o-1.pdf",
                null, null, AT))).isTrue();
        assertThat(orders.cancel("o-2", "changed mind", ReasonCode.of(ReasonCode.CANCELLED_BY, "actor", "test"), AT)).isTrue();

        assertThat(announced).containsExactly("o-1 PAID " + AT, "o-2 CANCELLED " + AT);
    }

    // h-v: the announcement carries what the desk shows, and the placer (from the write's answer, no read).
    @Test
    void aStatusWriteIsAnnouncedWholeWithItsStepsReasonReceiptAndPlacer() {
        List<OrderChange> changes = new ArrayList<>();
        ChangeEvents whole = wholeChangesInto(changes);
        InMemoryOrderRepository stored = new InMemoryOrderRepository();
        OrderRepository orders = new NotifyingOrderRepository(stored, whole);
        Order order = Order.place("o-1", "OD-1", new Customer("ada@example.test", "Ada", null),
                List.of(OrderLine.of(new Product("p-1", "MUG", "Mug", Money.ofCents(500), 9), 1)), "k-1", "tok_visa", AT);
        WorkflowStep receipt = WorkflowStep.succeeded("GenerateReceipt", 1, AT.plusMillis(5), AT.plusMillis(9));

        orders.create(order, "sub-ada");
        stored.update(OrderUpdate.moveTo("o-1", OrderStatus.RESERVED, AT));
        stored.update(OrderUpdate.moveTo("o-1", OrderStatus.PAID, AT).withPaymentId("pay-1"));
        stored.update(OrderUpdate.moveTo("o-1", OrderStatus.FULFILLED, AT));
        int reads = stored.reads.get();
        orders.update(OrderUpdate.moveTo("o-1", OrderStatus.RECEIPT_READY, AT.plusMillis(9)).withReceiptKey("receipts/o-1.pdf")
                .withSteps(List.of(receipt)));

        assertThat(changes).containsExactly(
                new OrderChange("o-1", "sub-ada", OrderStatus.RECEIVED, null, AT, List.of(), false),
                new OrderChange("o-1", "sub-ada", OrderStatus.RECEIPT_READY, null, AT.plusMillis(9), List.of(receipt), true));
        assertThat(stored.reads.get()).as("announcing reads nothing").isEqualTo(reads);
    }

    // ADR 0071: a recorded payment changes no status, yet the desks following the order must read it again.
    @Test
    void aRecordedPaymentIsAnnouncedAsTheOrdersStatusAndARefusedOneIsNot() {
        InMemoryOrderRepository stored = new InMemoryOrderRepository();
        OrderRepository orders = new NotifyingOrderRepository(stored, events);
        Order order = Order.place("o-1", "OD-1", new Customer("ada@example.test", "Ada", null),
                List.of(OrderLine.of(new Product("p-1", "MUG", "Mug", Money.ofCents(500), 9), 1)), "k-1", Order.PAY_ON_DELIVERY_TOKEN, AT);
        stored.create(order);
        for (OrderStatus next : List.of(OrderStatus.RESERVED, OrderStatus.PAID, OrderStatus.FULFILLED, OrderStatus.RECEIPT_READY)) {
            stored.update(OrderUpdate.moveTo("o-1", next, AT));
        }
        var receipt = new PaymentReceipt(PaymentReceipt.Method.CASH, null, "sam", AT.plusSeconds(60));

        assertThat(orders.recordPaymentReceived("o-1", receipt)).as("RECEIPT_READY: refused").isEmpty();
        stored.update(OrderUpdate.moveTo("o-1", OrderStatus.COMPLETED, AT));
        assertThat(orders.recordPaymentReceived("o-1", receipt)).isPresent();
        assertThat(orders.recordPaymentReceived("o-1", receipt)).as("recorded already: refused").isEmpty();

        assertThat(announced).containsExactly("o-1 COMPLETED " + receipt.recordedAt());
    }

    // ADR 0072: an undone payment changes no status either, and the desks following the order must read it again.
    @Test
    void anUndonePaymentIsAnnouncedAsTheOrdersStatusAndARefusedUndoIsNot() {
        InMemoryOrderRepository stored = new InMemoryOrderRepository();
        OrderRepository orders = new NotifyingOrderRepository(stored, events);
        Order order = Order.place("o-1", "OD-1", new Customer("ada@example.test", "Ada", null),
                List.of(OrderLine.of(new Product("p-1", "MUG", "Mug", Money.ofCents(500), 9), 1)), "k-1", Order.PAY_ON_DELIVERY_TOKEN, AT);
        stored.create(order);
        for (OrderStatus next : List.of(OrderStatus.RESERVED, OrderStatus.PAID, OrderStatus.FULFILLED, OrderStatus.RECEIPT_READY,
                OrderStatus.COMPLETED)) {
            stored.update(OrderUpdate.moveTo("o-1", next, AT));
        }
        Instant undoneAt = AT.plusSeconds(120);

        assertThat(orders.undoPaymentReceived("o-1", "mia", undoneAt, "wrong order")).as("nothing recorded: refused").isEmpty();
        stored.recordPaymentReceived("o-1", new PaymentReceipt(PaymentReceipt.Method.CASH, null, "sam", AT.plusSeconds(60)));
        assertThat(orders.undoPaymentReceived("o-1", "mia", undoneAt, "wrong order")).isPresent();
        assertThat(orders.undoPaymentReceived("o-1", "mia", undoneAt, "wrong order")).as("undone already: refused").isEmpty();

        assertThat(announced).containsExactly("o-1 COMPLETED " + undoneAt);
    }

    /**
     * ADR 0074: a hold, a retry, a hold put back, a resume and an order left for people are announced whole (reason,
     * steps, placer: from the write's answer) — desks learnt of them only at their next read before. A
     * refused write announces nothing.
     */
    @Test
    void holdsAndRetriesAreAnnouncedWholeAndRefusedOnesAreNot() {
        List<OrderChange> changes = new ArrayList<>();
        ChangeEvents whole = wholeChangesInto(changes);
        InMemoryOrderRepository stored = new InMemoryOrderRepository();
        RetryHolds holds = new NotifyingRetryHolds(new InMemoryRetryHolds(stored), whole);
        Order order = Order.place("o-1", "OD-1", new Customer("ada@example.test", "Ada", null),
                List.of(OrderLine.of(new Product("p-1", "MUG", "Mug", Money.ofCents(500), 9), 1)), "k-1", "tok_visa", AT);
        stored.create(order, "sub-ada");
        ReasonCode held = ReasonCode.of(ReasonCode.HELD_FOR_RETRY, "step", "ReserveStock");
        List<WorkflowStep> holdSteps = List.of(WorkflowStep.succeeded("ReserveStockOnHold", 1, AT, AT));
        List<WorkflowStep> retrySteps = List.of(WorkflowStep.succeeded("RetryRequested", 1, AT.plusSeconds(60), AT.plusSeconds(60)));

        assertThat(holds.hold("o-1", "ReserveStock", "held: stock kept", held, holdSteps, AT)).isPresent();
        assertThat(holds.hold("o-1", "ReserveStock", "held again", held, holdSteps, AT)).as("held already").isEmpty();
        assertThat(holds.resume("o-1", "ReserveStock", 0, retrySteps, AT.plusSeconds(60))).isPresent();
        assertThat(holds.resume("o-1", "ReserveStock", 0, retrySteps, AT.plusSeconds(60))).as("a second click").isEmpty();
        assertThat(holds.restore("o-1", "ReserveStock", 1, "held: stock kept", held, AT.plusSeconds(61))).isPresent();

        assertThat(changes).containsExactly(
                new OrderChange("o-1", "sub-ada", OrderStatus.RECEIVED, "held: stock kept", held, AT, holdSteps, false),
                new OrderChange("o-1", "sub-ada", OrderStatus.RECEIVED, null, null, AT.plusSeconds(60), retrySteps, false),
                new OrderChange("o-1", "sub-ada", OrderStatus.RECEIVED, "held: stock kept", held, AT.plusSeconds(61), List.of(), false));
    }

    /** Events that take whole changes into {@code changes} and fail on a bare status. */
    private static ChangeEvents wholeChangesInto(List<OrderChange> changes) {
        return new ChangeEvents() {
            @Override public void orderStatusChanged(String orderId, OrderStatus status, Instant at) { throw new AssertionError("bare"); }
            @Override public void orderChanged(OrderChange change) { changes.add(change); }
            @Override public void stockChanged(String productId, Instant at) {}
            @Override public void settingsChanged(Instant at) {}
        };
    }

    /** A repository whose writes apply or not as told. */
    private record Stub(java.util.function.BooleanSupplier applies) implements OrderRepository {
        @Override public Optional<Order> find(String orderId) { return Optional.empty(); }
        @Override public boolean create(Order order) { return applies.getAsBoolean(); }
        @Override public boolean update(OrderUpdate update) { return applies.getAsBoolean(); }
        @Override public boolean cancel(String orderId, String reason, ReasonCode code, Instant at) { return applies.getAsBoolean(); }
    }
}
