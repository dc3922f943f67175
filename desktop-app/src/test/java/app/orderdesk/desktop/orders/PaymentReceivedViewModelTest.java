package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.CollectionMethod;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PaymentMethod;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.shell.Notifications;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ADR 0071: support and managers record that the customer of an order paid on delivery paid; the detail says so. */
class PaymentReceivedViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final Notifications notifications = new Notifications();
    private final Locale before = Locale.getDefault();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private OrderDetailViewModel detail(boolean supportOrManager, OrderStatus status, PaymentMethod method) {
        api.statuses.clear();
        api.statuses.add(status);
        api.orderPaymentMethod = method;
        var detail = new OrderDetailViewModel(api, new SameThreadExecutor(), pdf -> null, notifications, supportOrManager, false);
        detail.open("o-1");
        return detail;
    }

    @Test
    void supportRecordsThePaymentOfADeliveredOrderAndTheDetailSaysHowAndWhen() {
        var detail = detail(true, OrderStatus.COMPLETED, PaymentMethod.ON_DELIVERY);
        assertThat(detail.paymentTextBinding().get()).isEqualTo("Payment not received yet");
        assertThat(detail.offersPaymentBinding().get()).isTrue();
        assertThat(detail.canRecordPaymentBinding().get()).isTrue();

        detail.recordPayment(CollectionMethod.BANK_TRANSFER, "  ref 2026-118  ");

        assertThat(api.paymentsReceived).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("BANK_TRANSFER");
            assertThat(r.note()).as("trimmed").isEqualTo("ref 2026-118");
        });
        assertThat(detail.messageProperty().get()).isEqualTo("Payment for OD-1001 ($12.50) recorded as received: Bank transfer.");
        assertThat(detail.paymentTextBinding().get()).startsWith("Payment received: Bank transfer, ")
                .endsWith(" (recorded by sue@store.test) · ref 2026-118");
        assertThat(detail.canRecordPaymentBinding().get()).as("recorded once").isFalse();
        assertThat(detail.paymentDisabledReasonBinding().get()).isEqualTo("The payment is already recorded.");
    }

    @Test
    void aBlankNoteIsNone() {
        var detail = detail(true, OrderStatus.PARTIALLY_REFUNDED, PaymentMethod.ON_DELIVERY);
        detail.recordPayment(CollectionMethod.CASH, "   ");

        assertThat(api.paymentsReceived.getFirst().note()).isNull();
        assertThat(detail.paymentTextBinding().get()).startsWith("Payment received: Cash, ").endsWith("(recorded by sue@store.test)");
    }

    @Test
    void cardOrdersAndStaffAreNotOfferedIt() {
        var card = detail(true, OrderStatus.COMPLETED, PaymentMethod.CARD);
        assertThat(card.offersPaymentBinding().get()).isFalse();
        assertThat(card.paymentTextBinding().get()).isEmpty();
        card.recordPayment(CollectionMethod.CASH, null);
        card.close();

        var staff = detail(false, OrderStatus.COMPLETED, PaymentMethod.ON_DELIVERY);
        assertThat(staff.offersPaymentBinding().get()).isFalse();
        staff.recordPayment(CollectionMethod.CASH, null);

        assertThat(api.paymentsReceived).isEmpty();
        assertThat(staff.paymentTextBinding().get()).as("staff still read that it is outstanding")
                .isEqualTo("Payment not received yet");
    }

    @Test
    void notBeforeTheOrderIsCompletedNorOnceEverythingWasCredited() {
        api.statuses.add(OrderStatus.RESERVED);
        api.orderPaymentMethod = PaymentMethod.ON_DELIVERY;
        // still running: the detail polls, so its timers wait in a manual executor
        var running = new OrderDetailViewModel(api, new app.orderdesk.desktop.fakes.ManualExecutor(), pdf -> null, notifications,
                true, false);
        running.open("o-1");
        assertThat(running.canRecordPaymentBinding().get()).isFalse();
        assertThat(running.paymentDisabledReasonBinding().get())
                .isEqualTo("A payment can be recorded once the order is completed and something is still owed.");
        assertThat(running.paymentTextBinding().get()).isEmpty();
        running.close();

        var credited = detail(true, OrderStatus.REFUNDED, PaymentMethod.ON_DELIVERY);
        assertThat(credited.canRecordPaymentBinding().get()).isFalse();
        assertThat(credited.paymentTextBinding().get()).as("nothing is owed").isEmpty();
    }

    @Test
    void aRefusalIsShownInTheServersWords() {
        var detail = detail(true, OrderStatus.COMPLETED, PaymentMethod.ON_DELIVERY);
        api.paymentReceivedFailure = new ApiException(409, new app.orderdesk.api.ApiError("NOT_COLLECTABLE",
                "Order OD-1001 was credited in full; nothing is owed.", java.util.List.of()));

        detail.recordPayment(CollectionMethod.CASH, null);

        assertThat(detail.messageProperty().get()).contains("nothing is owed");
        assertThat(detail.busyProperty().get()).isFalse();
    }
}
