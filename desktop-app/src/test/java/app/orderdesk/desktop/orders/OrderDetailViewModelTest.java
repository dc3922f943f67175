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
}
