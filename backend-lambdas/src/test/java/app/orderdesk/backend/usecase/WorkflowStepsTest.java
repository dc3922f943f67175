package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import app.orderdesk.backend.fakes.World;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WorkflowStepsTest {

    private final World world = new World();

    private List<Function<String, TaskResult>> happyPath() {
        return List.of(world.validateOrder::execute, world.saveOrder::execute, world.reserveStock::execute,
                world.processPayment::execute, world.commitStock::execute, world.generateReceipt::execute,
                world.emailReceipt::execute);
    }

    @Test
    void runsAnOrderToCompletion() {
        String id = world.place("tok_visa", line("p-mug", 2), line("p-tee", 1));
        TaskResult last = null;
        for (var step : happyPath()) {
            last = step.apply(id);
        }

        Order order = world.orders.get(id);
        assertThat(last).extracting(TaskResult::orderId, TaskResult::orderNumber, TaskResult::status, TaskResult::totalCents)
                .containsExactly(id, "OD-000001", OrderStatus.COMPLETED, 4500L);
        assertThat(order.emailSentAt()).isNotNull();
        assertThat(order.receiptKey()).isEqualTo("receipts/" + id + ".pdf");
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(8);
        assertThat(world.inventory.level("p-mug").reservations()).isEmpty();
        assertThat(world.movements.rows.values()).extracting(m -> m.productId() + " " + m.delta() + " " + m.reason())
                .containsExactlyInAnyOrder("p-mug -2 SALE", "p-tee -1 SALE");
        assertThat(world.outbox.sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("ada@example.test");
            assertThat(mail.attachments().getFirst().fileName()).isEqualTo("receipt-OD-000001.pdf");
        });
    }

    @Test
    void everyStepRedeliveredChangesNothingTheSecondTime() {
        String id = world.place("tok_visa", line("p-mug", 2));
        for (var step : happyPath()) {
            TaskResult first = step.apply(id);
            Order order = world.orders.get(id);
            StockLevel stock = world.inventory.level("p-mug");
            int movements = world.movements.rows.size();
            int mails = world.outbox.sent.size();
            int writes = world.orders.writes;

            TaskResult again = step.apply(id);

            assertThat(again).isEqualTo(first);
            assertThat(world.orders.get(id)).isEqualTo(order);
            assertThat(world.orders.writes).isEqualTo(writes);
            assertThat(world.inventory.level("p-mug")).isEqualTo(stock);
            assertThat(world.movements.rows).hasSize(movements);
            assertThat(world.outbox.sent).hasSize(mails);
        }
    }

    @Test
    void validationRejectsAnOrderWhoseProductDisappeared() {
        String id = world.place("tok_visa", line("p-mug", 1));
        World other = new World();
        other.orders.orders.put(id, world.orders.get(id));
        var withoutMug = new ValidateOrder(other.orders, new app.orderdesk.backend.fakes.InMemoryInventory());

        assertThatThrownBy(() -> withoutMug.execute(id)).isInstanceOf(OrderRejectedException.class)
                .hasMessageContaining("Blue Mug (SKU MUG-BLU)");
        assertThatThrownBy(() -> world.validateOrder.execute("00000000-0000-4000-8000-999999999999"))
                .isInstanceOf(OrderRejectedException.class);
    }

    @Test
    void aDeclinedPaymentReleasesTheStockAndEndsTheOrderDeclined() {
        String id = world.place("tok_chargeDeclined", line("p-mug", 4));
        world.reserveStock.execute(id);
        var error = new WorkflowError(PaymentDeclinedException.class.getName(), "Payment declined by the card issuer");

        TaskResult result = world.releaseStock.execute(id, "PAYMENT_DECLINED", error);
        world.releaseStock.execute(id, "PAYMENT_DECLINED", error);

        assertThat(result.status()).isEqualTo(OrderStatus.PAYMENT_DECLINED);
        assertThat(world.orders.get(id).statusReason()).isEqualTo("Payment declined by the card issuer");
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
    }

    @Test
    void theStepThatFailedEndsWhenItsCatchEnteredTheCompensationNotWhenTheCompensationWrote() {
        String id = world.place("tok_processingError", line("p-mug", 1));
        world.reserveStock.execute(id);
        java.time.Instant caught = world.clock.instant().minusSeconds(2); // ReleaseStock entered 2 s before it wrote
        var in = new StepInput(id, null, "ReleaseStock", 0, caught, null, null, null, null, false);

        world.releaseStock.execute(in, "FAILED", new WorkflowError("app.orderdesk.backend.errors.PaymentProcessingException", "x"));

        assertThat(world.orders.timelines.get(id)).filteredOn(s -> !s.name().equals("ReserveStock"))
                .extracting(s -> s.name() + " " + s.status() + " " + s.startedAt() + " → " + s.endedAt())
                .containsExactly("ProcessPayment FAILED null → " + caught,
                        "ReleaseStock SUCCEEDED " + caught + " → " + world.clock.instant());
    }

    @Test
    void aFailureNeverShowsInternalTextAsTheReason() {
        String id = world.place("tok_visa", line("p-mug", 4));
        world.reserveStock.execute(id);

        world.releaseStock.execute(id, "FAILED", new WorkflowError("java.lang.NullPointerException", "Cannot invoke \"x\" because y is null"));

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(world.orders.get(id).statusReason()).isEqualTo("The order could not be completed because of an internal error");
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
    }

    @Test
    void aPaidOrderThatFailsIsRefundedAndGivesItsStockBack() {
        String id = world.place("tok_visa", line("p-mug", 4));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);

        world.releaseStock.execute(id, "FAILED", new WorkflowError("States.Timeout", null));

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(world.orders.get(id).statusReason()).isEqualTo(ReleaseStock.PAID_BUT_FAILED);
        assertThat(world.payments.find(id).orElseThrow().kept().cents()).isZero();
        assertThat(world.inventory.level("p-mug").reservations()).doesNotContainKey(id);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
    }

    @Test
    void markOrderRecordsTheRejectionReasonOnceAndNeverOverwritesAFinalStatus() {
        String id = world.place("tok_visa", line("p-mug", 1));
        var rejected = new WorkflowError(OrderRejectedException.class.getName(), "Product Blue Mug (SKU MUG-BLU) is no longer sold");

        world.markOrder.execute(id, OrderStatus.REJECTED, rejected);
        world.markOrder.execute(id, OrderStatus.FAILED, new WorkflowError("States.ALL", null));

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(world.orders.get(id).statusReason()).isEqualTo("Product Blue Mug (SKU MUG-BLU) is no longer sold");
    }

    @Test
    void aFollowUpNoteKeepsThePaidStatus() {
        String id = world.place("tok_visa", line("p-mug", 1));
        for (var step : happyPath().subList(0, 5)) {
            step.apply(id);
        }

        TaskResult result = world.markOrder.execute(id, null, new WorkflowError("States.TaskFailed", null));
        int writes = world.orders.writes;
        world.markOrder.execute(id, null, new WorkflowError("States.TaskFailed", null));

        assertThat(result.status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(world.orders.get(id).statusReason()).isEqualTo(FailureReasons.RECEIPT_FOLLOW_UP);
        assertThat(world.orders.writes).isEqualTo(writes);
    }

    @Test
    void compensationForAMissingOrderDoesNothing() {
        assertThat(world.markOrder.execute("nope", OrderStatus.FAILED, null).status()).isNull();
        assertThat(world.releaseStock.execute("nope", "FAILED", null).status()).isNull();
    }
}
