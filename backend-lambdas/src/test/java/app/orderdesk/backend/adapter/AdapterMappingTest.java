package app.orderdesk.backend.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.PaymentUndo;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.errors.TransientFailureException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class AdapterMappingTest {

    @Test
    void ordersSurviveTheRoundTripThroughDynamoDbItems() {
        Order order = Order.place("00000000-0000-4000-8000-000000000001", "OD-000007",
                new Customer("a@b.test", "Ada", null),
                List.of(OrderLine.of(new Product("p", "SKU", "Mug", Money.ofCents(250), 1), 3)),
                "key", "tok_visa", Instant.parse("2026-03-01T10:15:30Z"));

        var item = DynamoDbItems.toItem(order);

        assertThat(item).doesNotContainKey("customerPhone").doesNotContainKey("paymentId");
        assertThat(item.get("customerEmail").s()).isEqualTo("a@b.test");
        assertThat(item.get("lines").l().getFirst().m().get("lineTotalCents").n()).isEqualTo("750");
        assertThat(DynamoDbItems.toOrder(item)).isEqualTo(order);
    }

    // ADR 0072: the undone record beside who undid it, when and why; a payment recorded again beside both.
    @Test
    void anOrderWithARecordedAndAnUndonePaymentSurvivesTheRoundTrip() {
        Instant at = Instant.parse("2026-03-01T10:15:30Z");
        var undone = new PaymentReceipt(PaymentReceipt.Method.BANK_TRANSFER, "ref 7", "sam@orderdesk.test", at.plusSeconds(60));
        var again = new PaymentReceipt(PaymentReceipt.Method.CASH, null, "sam@orderdesk.test", at.plusSeconds(180));
        Order order = new Order("00000000-0000-4000-8000-000000000002", "OD-000008", new Customer("a@b.test", "Ada", null),
                List.of(OrderLine.of(new Product("p", "SKU", "Mug", Money.ofCents(250), 1), 1)), Money.ofCents(250),
                OrderStatus.COMPLETED, null, "key", Order.PAY_ON_DELIVERY_TOKEN, null, "receipts/r.pdf", at, at, at,
                at.plusSeconds(180), 9, null, again, new PaymentUndo(undone, "mia@orderdesk.test", at.plusSeconds(120), "wrong order"));

        var item = DynamoDbItems.toItem(order);

        assertThat(item.get("paymentUndone").m()).containsOnlyKeys("undoneBy", "undoneAt", "reason");
        assertThat(item.get("paymentUndoneReceipt").m().get("note").s()).isEqualTo("ref 7");
        assertThat(DynamoDbItems.toOrder(item)).isEqualTo(order);
    }

    @Test
    void retryableSdkFailuresBecomeTransient() {
        assertThat(catchThrowable(() -> AwsFailures.call("x", () -> {
            throw SdkClientException.create("connection refused");
        }))).isInstanceOf(TransientFailureException.class);
        assertThat(catchThrowable(() -> AwsFailures.call("x", () -> {
            throw DynamoDbException.builder().statusCode(503).message("busy").build();
        }))).isInstanceOf(TransientFailureException.class);
        assertThat(catchThrowable(() -> AwsFailures.call("x", () -> {
            throw ConditionalCheckFailedException.builder().statusCode(400).message("no").build();
        }))).isInstanceOf(ConditionalCheckFailedException.class);
    }

    private static Throwable catchThrowable(Runnable r) {
        return org.assertj.core.api.Assertions.catchThrowable(r::run);
    }
}
