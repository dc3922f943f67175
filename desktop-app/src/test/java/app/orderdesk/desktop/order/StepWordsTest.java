package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.TimelineStep;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StepWordsTest {

    @Test
    void aJavaExceptionFromLambdaReadsAsWordsWithItsMessage() {
        TimelineStep step = failed("ReserveStock", "app.orderdesk.backend.errors.OrderRejectedException",
                "{\"errorMessage\":\"app.orderdesk.backend.errors.OrderRejectedException: Out of stock: TEA-7\",\"stackTrace\":[]}");

        assertThat(StepWords.error(step, null)).isEqualTo("The order was rejected: Out of stock: TEA-7");
        assertThat(StepWords.stepName("ReserveStock")).isEqualTo("Reserve stock");
    }

    @Test
    void theFinalFailStepShowsTheOrdersOwnReason() {
        TimelineStep step = failed("OrderFailed", "OrderFailed", "The order could not be completed; its record says why.");

        assertThat(StepWords.error(step, "Payment service unavailable after 3 attempts"))
                .isEqualTo("The order could not be completed: Payment service unavailable after 3 attempts");
        assertThat(StepWords.error(step, null)).isEqualTo("The order could not be completed");
    }

    @Test
    void unknownCodesAreHumanizedNeverShownRaw() {
        assertThat(StepWords.stepName("ChargeGiftCard")).isEqualTo("Charge gift card");
        assertThat(StepWords.error(failed("X", "com.acme.WeirdException", "boom"), null)).isEqualTo("The step failed: boom");
        assertThat(StepWords.status(OrderStatus.PAYMENT_DECLINED)).isEqualTo("Payment declined");
        assertThat(StepWords.status(OrderStatus.RECEIPT_READY)).isEqualTo("Receipt ready");
    }

    private static TimelineStep failed(String name, String error, String cause) {
        return new TimelineStep(name, "FAILED", Instant.now(), Instant.now(), 5L, 1, error, cause);
    }
}
