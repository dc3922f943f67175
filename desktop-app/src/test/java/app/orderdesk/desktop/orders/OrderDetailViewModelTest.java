package app.orderdesk.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.shell.Notifications;
import org.junit.jupiter.api.Test;

class OrderDetailViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final Notifications notifications = new Notifications();

    private OrderDetailViewModel detail(boolean mayResend, boolean mayCancel) {
        return new OrderDetailViewModel(api, new SameThreadExecutor(), pdf -> null, notifications, mayResend, mayCancel);
    }

    @Test
    void supportResendsTheReceiptOfACompletedOrder() {
        api.statuses.add(OrderStatus.COMPLETED);
        OrderDetailViewModel detail = detail(true, false);

        detail.open("o-1");
        assertThat(detail.canResendBinding().get()).isTrue();
        detail.resendReceipt();

        assertThat(api.resent).containsExactly("o-1");
        assertThat(detail.messageProperty().get()).isEqualTo("Receipt sent to a@b.co");
        assertThat(detail.tracking().orderProperty().get().orderNumber()).isEqualTo("OD-1001");
    }

    @Test
    void theReceiptGoesToAnotherAddressOnlyWhenOneIsTypedTheCustomersOwnIsSentAsTheOrders() {
        api.statuses.add(OrderStatus.COMPLETED);
        OrderDetailViewModel detail = detail(true, false);
        detail.open("o-1");
        assertThat(detail.customerEmail()).isEqualTo("a@b.co");

        detail.resendReceipt("  A@B.co ");
        detail.resendReceipt(" ann.home@example.org ");
        detail.resendReceipt("not an address");

        assertThat(api.resentTo).as("the customer's own (any case): no address sent, the order's is used; the other "
                + "stripped; the non-address not sent").containsExactly(null, "ann.home@example.org");
        assertThat(detail.messageProperty().get()).isEqualTo("Enter a valid email, e.g. name@example.com");
    }

    @Test
    void theDialogSaysWhereTheReceiptWillGo() {
        assertThat(ResendReceiptView.hintFor("", "a@b.co")).isEqualTo("Type the address the receipt should go to.");
        assertThat(ResendReceiptView.hintFor("a@b", "a@b.co")).isEqualTo("Enter a valid email, e.g. name@example.com");
        assertThat(ResendReceiptView.hintFor("A@B.CO", "a@b.co")).isEqualTo("The customer's address on the order.");
        assertThat(ResendReceiptView.hintFor("ann@example.org", "a@b.co")).startsWith("Another address: ");
    }

    @Test
    void staffSeeWhyTheyCannotResendOrCancel() {
        api.statuses.add(OrderStatus.COMPLETED);
        OrderDetailViewModel detail = detail(false, false);

        detail.open("o-1");
        detail.resendReceipt();

        assertThat(detail.canResendBinding().get()).isFalse();
        assertThat(detail.resendDisabledReasonBinding().get()).isEqualTo(OrderDetailViewModel.resendNotAllowed());
        assertThat(detail.cancelDisabledReasonBinding().get()).isEqualTo(OrderDetailViewModel.cancelNotAllowed());
        assertThat(api.resent).isEmpty();
    }

    @Test
    void managersCancelOnlyBeforePayment() {
        api.statuses.add(OrderStatus.COMPLETED);
        OrderDetailViewModel paid = detail(true, true);
        paid.open("o-1");
        assertThat(paid.canCancelBinding().get()).isFalse();
        assertThat(paid.cancelDisabledReasonBinding().get()).isEqualTo(OrderDetailViewModel.cancelTooLate());
        paid.close();

        api.statuses.clear();
        api.statuses.add(OrderStatus.FAILED);
        OrderDetailViewModel stuck = detail(true, true);
        stuck.open("o-2");
        assertThat(stuck.canCancelBinding().get()).isFalse();
    }

    @Test
    void aManagerCancelsAnOrderThatIsNotPaidYet() {
        api.statuses.add(OrderStatus.RESERVED);
        var executor = new app.orderdesk.desktop.fakes.ManualExecutor();
        OrderDetailViewModel detail = new OrderDetailViewModel(api, executor, pdf -> null, notifications, true, true);

        detail.open("o-3");
        assertThat(detail.canCancelBinding().get()).isTrue();
        api.statuses.clear();
        api.statuses.add(OrderStatus.CANCELLED);
        detail.cancel("customer changed their mind");

        assertThat(api.cancelled).containsExactly("o-3");
        assertThat(detail.tracking().statusProperty().get()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(detail.canCancelBinding().get()).isFalse();
    }

    /** Session 34: a cancel reason typed for a request that failed is offered again, for that order only. */
    @Test
    void aCancelReasonTypedForARequestThatFailedIsOfferedAgainForThatOrderOnly() {
        api.statuses.add(OrderStatus.RESERVED);
        // not final: the order is followed, and a manual executor leaves its next poll to the test (none here)
        OrderDetailViewModel detail = new OrderDetailViewModel(api, new app.orderdesk.desktop.fakes.ManualExecutor(),
                pdf -> null, notifications, true, true);
        detail.open("o-3");
        assertThat(detail.cancelReasonToRetry()).isEmpty();
        api.cancelFailure = new java.io.UncheckedIOException(new java.net.ConnectException("refused"));

        detail.cancel("customer changed their mind");

        assertThat(detail.cancelReasonToRetry()).isEqualTo("customer changed their mind");
        detail.open("o-4");
        assertThat(detail.cancelReasonToRetry()).as("another order's dialog starts empty").isEmpty();
        detail.open("o-3");
        api.cancelFailure = null;
        detail.cancel("customer changed their mind");
        assertThat(api.cancelled).containsExactly("o-3");
        assertThat(detail.cancelReasonToRetry()).as("sent: nothing left to offer").isEmpty();
    }

    /** Session 34: another address typed for a resend that failed is offered again, for that order only. */
    @Test
    void anAddressTypedForAResendThatFailedIsOfferedAgainForThatOrderOnly() {
        api.statuses.add(OrderStatus.COMPLETED);
        OrderDetailViewModel detail = detail(true, false);
        detail.open("o-1");
        assertThat(detail.resendToToRetry()).isNull();
        api.resendFailure = new java.io.UncheckedIOException(new java.net.ConnectException("refused"));

        detail.resendReceipt("ann.home@example.org");
        detail.resendReceipt("a@b.co"); // the customer's own: nothing to keep, the other stays

        assertThat(detail.resendToToRetry()).isEqualTo("ann.home@example.org");
        detail.open("o-2");
        assertThat(detail.resendToToRetry()).as("another order's dialog offers its customer's").isNull();
        detail.open("o-1");
        api.resendFailure = null;
        detail.resendReceipt("ann.home@example.org");
        assertThat(api.resentTo).containsExactly("ann.home@example.org");
        assertThat(detail.resendToToRetry()).as("sent: nothing left to offer").isNull();
    }

    /** ADR 0068: a refund of an order paid on delivery is credited; the desk must not say money went back. */
    @Test
    void aCreditedRefundIsToldAsCreditedAndACardRefundAsRefunded() {
        api.statuses.add(OrderStatus.COMPLETED);
        api.orderLines = java.util.List.of(new app.orderdesk.api.OrderLineView("p-mug", "MUG-1", "Blue mug", 1, 1250, 1250));
        OrderDetailViewModel detail = detail(true, false);
        detail.open("o-1");

        api.refundHook = request -> answered("CREDITED");
        var credited = detail.newRefund();
        credited.selectEverything();
        credited.submit();
        String creditedMessage = detail.messageProperty().get();

        api.refundHook = request -> answered("REFUNDED");
        var refunded = detail.newRefund();
        refunded.selectEverything();
        refunded.submit();

        assertThat(creditedMessage).startsWith("Credited $12.50: paid on delivery").doesNotContain("Refunded");
        assertThat(detail.messageProperty().get()).isEqualTo("Refunded $12.50; the credit note was emailed");
    }

    /** ADR 0071: once the payment on delivery is recorded, the desk knows the customer paid: pay it back by hand. */
    @Test
    void aCreditOfAnOrderWhosePaymentWasRecordedSaysToPayItBackByHand() {
        api.statuses.add(OrderStatus.COMPLETED);
        api.orderLines = java.util.List.of(new app.orderdesk.api.OrderLineView("p-mug", "MUG-1", "Blue mug", 1, 1250, 1250));
        api.orderPaymentMethod = app.orderdesk.api.PaymentMethod.ON_DELIVERY;
        api.orderPaymentReceived = new app.orderdesk.api.PaymentReceivedView(app.orderdesk.api.CollectionMethod.CASH, null,
                "sue@store.test", java.time.Instant.parse("2026-03-01T09:00:00Z"));
        OrderDetailViewModel detail = detail(true, false);
        detail.open("o-1");

        api.refundHook = request -> answered("CREDITED");
        var credit = detail.newRefund();
        assertThat(credit.settlementHint()).as("said before it is sent").startsWith("This order is paid on delivery and the customer has paid (Cash, ")
                .endsWith("Pay the amount back to them by hand.");
        credit.selectEverything();
        credit.submit();

        assertThat(detail.messageProperty().get())
                .isEqualTo("Credited $12.50: the customer already paid on delivery, so pay $12.50 back to them by hand; the credit note was emailed");
    }

    private static app.orderdesk.api.RefundView answered(String state) {
        java.time.Instant at = java.time.Instant.parse("2026-03-01T10:00:00Z");
        return new app.orderdesk.api.RefundView("r-1", "o-1", state, "CUSTOMER_REQUEST", null,
                java.util.List.of(new app.orderdesk.api.RefundLineView("p-mug", "MUG-1", "Blue mug", 1, true, 1250)),
                1250, "USD", "support@x", at, true, at, null);
    }
}
