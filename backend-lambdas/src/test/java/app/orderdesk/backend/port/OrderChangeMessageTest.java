package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body of an order's change event: what the desk shows, read back as written, small, and nothing private. */
class OrderChangeMessageTest {

    private static final Instant AT = Instant.parse("2026-11-29T10:00:00.123456Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChangeIsReadBackAsItWasWritten() throws Exception {
        OrderChange change = new OrderChange("o-1", "sub-ada", OrderStatus.RECEIPT_READY, null, AT,
                List.of(WorkflowStep.succeeded("GenerateReceipt", 1, AT.minusMillis(40), AT)), true);

        String body = OrderChangeMessage.write(change).toString();

        assertThat(OrderChangeMessage.read(JSON.readTree(body))).contains(change);
        assertThat(JSON.readTree(body).path("at").asText()).as("older readers still find the time").isEqualTo(AT.toString());
    }

    @Test
    void aFailedStepKeepsItsErrorCauseAndCodeAndTheReasonIsCarriedWithItsCode() throws Exception {
        ReasonCode declined = ReasonCode.of(ReasonCode.PAYMENT_DECLINED_BY_ISSUER);
        OrderChange change = new OrderChange("o-2", null, OrderStatus.PAYMENT_DECLINED, "Payment declined by the card issuer",
                ReasonCode.of(ReasonCode.OUT_OF_STOCK, "sku", "MUG-BLU"), AT,
                List.of(WorkflowStep.failed("ProcessPayment", 2, AT.minusSeconds(1), AT, "PaymentDeclinedException", "card declined", declined)),
                false);

        assertThat(OrderChangeMessage.read(JSON.readTree(OrderChangeMessage.write(change).toString()))).contains(change);
    }

    @Test
    void aBareStatusOrAnotherEventIsNotReadAsAWholeChange() throws Exception {
        assertThat(OrderChangeMessage.read(JSON.readTree("{\"event\":\"ORDER_STATUS_CHANGED\",\"orderId\":\"o-1\",\"status\":\"PAID\",\"at\":\"" + AT + "\"}"))).isEmpty();
        assertThat(OrderChangeMessage.read(JSON.readTree("{\"event\":\"STOCK_CHANGED\",\"productId\":\"p-1\",\"updatedAt\":\"" + AT + "\"}"))).isEmpty();
    }

    @Test
    void theBodyStaysSmallWithLongTextsAndManySteps() {
        String essay = "x".repeat(50_000);
        List<WorkflowStep> steps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            steps.add(WorkflowStep.failed("Step" + i, 3, AT, AT, "E".repeat(5_000), essay, null));
        }
        String body = OrderChangeMessage.write(new OrderChange("o-3", "sub", OrderStatus.FAILED, essay, AT, steps, false)).toString();

        assertThat(body.length()).as("far below a 128 KB WebSocket frame").isLessThan(40_000);
        assertThat(body).contains("\"name\":\"Step39\"").doesNotContain("\"name\":\"Step29\"");
    }

    @Test
    void carriesNoFieldBeyondWhatTheDeskShows() throws Exception {
        var body = OrderChangeMessage.write(new OrderChange("o-1", "sub-ada", OrderStatus.PAID, null, AT,
                List.of(WorkflowStep.succeeded("ProcessPayment", 1, AT, AT)), false));
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        // No payment id, token or card, no customer name, email or phone: an order change has no field for them.
        assertThat(fields).containsExactlyInAnyOrder("event", "orderId", "status", "at", "updatedAt", "receiptAvailable", "placedBy", "steps");
    }
}
