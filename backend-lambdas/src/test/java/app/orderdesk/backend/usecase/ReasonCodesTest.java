package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.TimelineStep;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import app.orderdesk.backend.errors.PaymentProcessingException;
import app.orderdesk.backend.errors.TransientFailureException;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every reason the backend writes on an order or a timeline step comes with its stable code (ADR 0039), so a
 * desk in another language can word it; the English text stays beside it. After each test, every order and every
 * step the world holds is checked: a reason or a cause written without a code fails here.
 */
class ReasonCodesTest {

    private final World world = new World();

    @AfterEach
    void everyReasonWrittenHasItsCode() {
        for (Order order : world.orders.orders.values()) {
            if (order.statusReason() != null) {
                assertThat(order.statusReasonCode()).as("the code of \"%s\"", order.statusReason()).isNotNull();
            }
        }
        for (List<WorkflowStep> steps : world.orders.timelines.values()) {
            for (WorkflowStep step : steps) {
                if (step.cause() != null) {
                    assertThat(step.causeCode()).as("the code of step %s's \"%s\"", step.name(), step.cause()).isNotNull();
                }
            }
        }
    }

    /** As Step Functions hands a caught exception to the next task: its class name and its message. */
    private static WorkflowError caught(RuntimeException e) {
        return new WorkflowError(e.getClass().getName(), e.getMessage());
    }

    private WorkflowStep failedStep(String id) {
        return world.orders.timelines.get(id).stream().filter(s -> WorkflowStep.FAILED.equals(s.status())).findFirst().orElseThrow();
    }

    @Test
    void outOfStockCarriesTheSkuAndTheCounts() {
        String id = world.place("tok_visa", line("p-mug", 11));

        assertThatThrownBy(() -> world.reserveStock.execute(id)).isInstanceOf(OrderRejectedException.class);

        Order order = world.orders.get(id);
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.statusReason()).isEqualTo("Out of stock: Blue Mug (SKU MUG-BLU) has 10, 11 requested");
        assertThat(order.statusReasonCode()).isEqualTo(new ReasonCode(ReasonCode.OUT_OF_STOCK,
                Map.of("sku", "MUG-BLU", "name", "Blue Mug", "available", "10", "requested", "11")));
        assertThat(failedStep(id).causeCode()).isEqualTo(order.statusReasonCode());
        assertThat(failedStep(id).cause()).isEqualTo(order.statusReason());
    }

    @Test
    void aDeclinedCardGivesTheIssuersCodeThroughTheWorkflow() {
        String id = world.place("tok_chargeDeclined", line("p-mug", 1));
        world.reserveStock.execute(id);
        RuntimeException declined = org.junit.jupiter.api.Assertions.assertThrows(PaymentDeclinedException.class,
                () -> world.processPayment.execute(id));

        world.releaseStock.execute(id, "PAYMENT_DECLINED", caught(declined));

        Order order = world.orders.get(id);
        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_DECLINED);
        assertThat(order.statusReason()).as("the text for people, without the tag").isEqualTo("Payment declined by the card issuer");
        assertThat(order.statusReasonCode()).isEqualTo(ReasonCode.of(ReasonCode.PAYMENT_DECLINED_BY_ISSUER));
        assertThat(failedStep(id).causeCode()).isEqualTo(ReasonCode.of(ReasonCode.PAYMENT_DECLINED_BY_ISSUER));
        assertThat(OrderViews.toView(order).statusReasonCode()).isEqualTo("PAYMENT_DECLINED_BY_ISSUER");
        TimelineStep step = new GetTimeline(world.orders).execute(id).steps().stream()
                .filter(s -> "FAILED".equals(s.status())).findFirst().orElseThrow();
        assertThat(step.causeCode()).isEqualTo("PAYMENT_DECLINED_BY_ISSUER");
        assertThat(step.cause()).isEqualTo("Payment declined by the card issuer");
    }

    @Test
    void insufficientFundsHasItsOwnCode() {
        String id = world.place("tok_chargeDeclinedInsufficientFunds", line("p-mug", 1));
        world.reserveStock.execute(id);
        RuntimeException declined = org.junit.jupiter.api.Assertions.assertThrows(PaymentDeclinedException.class,
                () -> world.processPayment.execute(id));

        world.releaseStock.execute(id, "PAYMENT_DECLINED", caught(declined));

        assertThat(world.orders.get(id).statusReasonCode().code()).isEqualTo(ReasonCode.PAYMENT_DECLINED_INSUFFICIENT_FUNDS);
    }

    @Test
    void aProductNoLongerSoldNamesItsSku() {
        String id = world.place("tok_visa", line("p-mug", 1));
        World other = new World();
        other.orders.orders.put(id, world.orders.get(id));
        var withoutMug = new ValidateOrder(other.orders, new app.orderdesk.backend.fakes.InMemoryInventory());
        RuntimeException rejected = org.junit.jupiter.api.Assertions.assertThrows(OrderRejectedException.class,
                () -> withoutMug.execute(id));

        world.markOrder.execute(StepInput.of(id), OrderStatus.REJECTED, caught(rejected));

        Order order = world.orders.get(id);
        assertThat(order.statusReason()).isEqualTo("Product Blue Mug (SKU MUG-BLU) is no longer sold");
        assertThat(order.statusReasonCode()).isEqualTo(ReasonCode.of(ReasonCode.PRODUCT_NOT_SOLD, "sku", "MUG-BLU", "name", "Blue Mug"));
    }

    @ParameterizedTest
    @CsvSource({
            "States.Timeout, STEP_TIMED_OUT",
            "Lambda.ServiceException, SERVICE_UNAVAILABLE",
            "java.lang.NullPointerException, INTERNAL_ERROR"})
    void aFailedOrderSaysWhyInACode(String errorName, String code) {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);

        world.releaseStock.execute(id, "FAILED", new WorkflowError(errorName, "internal detail"));

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(world.orders.get(id).statusReasonCode()).isEqualTo(ReasonCode.of(code));
    }

    @Test
    void everyKindOfWorkflowErrorHasACode() {
        assertThat(FailureReasons.code(null).code()).isEqualTo(ReasonCode.ORDER_NOT_COMPLETED);
        assertThat(FailureReasons.code(new WorkflowError(OrderRejectedException.class.getName(), "old text")).code())
                .as("an untagged rejection (written before codes)").isEqualTo(ReasonCode.ORDER_REJECTED);
        assertThat(FailureReasons.code(new WorkflowError(PaymentDeclinedException.class.getName(), null)).code())
                .isEqualTo(ReasonCode.PAYMENT_DECLINED);
        assertThat(FailureReasons.code(new WorkflowError(PaymentProcessingException.class.getName(), "x")).code())
                .isEqualTo(ReasonCode.PAYMENT_SERVICE_FAILED);
        assertThat(FailureReasons.code(new WorkflowError(TransientFailureException.class.getName(), "x")).code())
                .isEqualTo(ReasonCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void aPaidOrderThatFailsSaysItWasRefunded() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);

        world.releaseStock.execute(id, "FAILED", new WorkflowError("States.Timeout", null));

        assertThat(world.orders.get(id).statusReasonCode()).isEqualTo(ReasonCode.of(ReasonCode.PAYMENT_REFUNDED));
    }

    @Test
    void aCancelledOrderNamesWhoAndTheirNote() {
        String id = world.place("tok_visa", line("p-mug", 1));

        world.cancelOrder.execute(id, " Customer called back ", "mia@orderdesk.test");

        Order order = world.orders.get(id);
        assertThat(order.statusReason()).isEqualTo("Cancelled by mia@orderdesk.test: Customer called back");
        assertThat(order.statusReasonCode()).isEqualTo(ReasonCode.of(ReasonCode.CANCELLED_BY,
                "actor", "mia@orderdesk.test", "note", "Customer called back"));
    }

    @Test
    void aHeldOrderNamesTheStepAndWhatFailedThereAndItsRetryIsAudited() {
        String id = world.place("tok_visa", line("p-mug", 1));

        world.holdForRetry.hold(StepInput.of(id), "ValidateOrder", new WorkflowError(TransientFailureException.class.getName(), null));

        assertThat(world.orders.get(id).statusReasonCode()).isEqualTo(ReasonCode.of(ReasonCode.HELD_FOR_RETRY,
                "step", "ValidateOrder", "cause", ReasonCode.SERVICE_UNAVAILABLE));

        world.redriveOrder.execute(id, "sam@orderdesk.test");

        assertThat(world.orders.get(id).statusReason()).isNull();
        assertThat(world.orders.get(id).statusReasonCode()).as("removed with the reason").isNull();
        WorkflowStep audit = world.orders.timelines.get(id).stream().filter(s -> s.name().equals("RetryRequested")).findFirst().orElseThrow();
        assertThat(audit.causeCode()).isEqualTo(ReasonCode.of(ReasonCode.RETRIED_FROM_STEP,
                "step", "ValidateOrder", "actor", "sam@orderdesk.test", "attempt", "1"));
    }

    @Test
    void aReceiptThatCouldNotBeDeliveredIsFlaggedWithItsCode() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);

        world.markOrder.execute(StepInput.of(id), null, new WorkflowError("States.Timeout", null));

        assertThat(world.orders.get(id).statusReason()).isEqualTo(FailureReasons.RECEIPT_FOLLOW_UP);
        assertThat(world.orders.get(id).statusReasonCode()).isEqualTo(ReasonCode.of(ReasonCode.RECEIPT_FOLLOW_UP));
    }

    @Test
    void aReasonCannotBeWrittenWithoutItsCode() {
        assertThatThrownBy(() -> new OrderUpdate("o-1", java.util.Set.of(OrderStatus.RESERVED), OrderStatus.FAILED, "why",
                null, null, null, null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs its code");
    }

    @Test
    void aCodeCrossesTheWorkflowInsideTheMessageAndComesOutWhole() {
        ReasonCode code = ReasonCode.of(ReasonCode.OUT_OF_STOCK, "sku", "A&B]]=C", "name", "Tasse – groß (rot)");
        String message = code.tag("Out of stock: x");

        WorkflowError error = new WorkflowError(OrderRejectedException.class.getName(), message);

        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).isEqualTo("Out of stock: x");
        assertThat(new WorkflowError("x", "plain text").code()).isNull();
        assertThat(new WorkflowError("x", "plain text").message()).isEqualTo("plain text");
    }
}
