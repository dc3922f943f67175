package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.PaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Walked in session 21: an order placed "invoice / pay on delivery" read "· paid (pay_…)" in the order detail, as
 * a card order does. The detail now says which: paid by card, or to be paid on delivery with nothing charged.
 */
class PaymentWordsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private static OrderView completed(PaymentMethod method) {
        return order(OrderStatus.COMPLETED, method);
    }

    private static OrderView order(OrderStatus status, PaymentMethod method) {
        // ADR 0068: an order paid on delivery is not charged, so it has no payment id
        String paymentId = method == PaymentMethod.ON_DELIVERY ? null : "pay_1";
        return new OrderView("o-1", "OD-000007", status, null, new CustomerDetails("w@example.com", "Wanda", null),
                List.of(), 3980, "USD", paymentId, true, Instant.EPOCH, Instant.EPOCH, List.of(), null, null, method);
    }

    @Test
    void theDetailSaysHowTheOrderIsPaid() {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(OrderDetailView.describeCustomer(completed(PaymentMethod.ON_DELIVERY)))
                .isEqualTo("Customer: Wanda · w@example.com · pay on delivery, nothing charged");
        assertThat(OrderDetailView.describeCustomer(completed(PaymentMethod.CARD)))
                .isEqualTo("Customer: Wanda · w@example.com · paid by card (pay_1)");
        assertThat(OrderDetailView.describeCustomer(completed(null))).as("an API from before the method was sent")
                .isEqualTo("Customer: Wanda · w@example.com · paid (pay_1)");

        Locale.setDefault(Locale.GERMAN);
        assertThat(OrderDetailView.describeCustomer(completed(PaymentMethod.ON_DELIVERY)))
                .isEqualTo("Kunde: Wanda · w@example.com · Zahlung bei Lieferung, nichts abgebucht");
    }

    /**
     * Walked in session 24: crediting an order paid on delivery took "pay on delivery, nothing charged" off its detail,
     * as a refund took "paid by card (pay_…)" off a card order's — just when support needs to know how it was paid.
     */
    @Test
    void aRefundedOrderStillSaysHowItWasPaid() {
        Locale.setDefault(Locale.ENGLISH);
        for (OrderStatus status : List.of(OrderStatus.REFUNDED, OrderStatus.PARTIALLY_REFUNDED)) {
            assertThat(OrderDetailView.describeCustomer(order(status, PaymentMethod.ON_DELIVERY))).as(status.name())
                    .isEqualTo("Customer: Wanda · w@example.com · pay on delivery, nothing charged");
            assertThat(OrderDetailView.describeCustomer(order(status, PaymentMethod.CARD))).as(status.name())
                    .isEqualTo("Customer: Wanda · w@example.com · paid by card (pay_1)");
        }
        assertThat(OrderDetailView.describeCustomer(order(OrderStatus.RECEIVED, PaymentMethod.CARD)))
                .as("not yet paid: nothing to say about it").isEqualTo("Customer: Wanda · w@example.com");
    }
}
