package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import app.orderdesk.backend.errors.PaymentProcessingException;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.PaymentGateway;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentTest {

    private static final WorkflowError TIMED_OUT = new WorkflowError("States.Timeout", null);

    private final World world = new World();

    private String reservedOrder(String token) {
        String id = world.place(token, line("p-mug", 1));
        world.reserveStock.execute(id);
        return id;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tok_visa", "tok_mastercard", "tok_amex"})
    void successTokensPayTheOrder(String token) {
        String id = reservedOrder(token);

        assertThat(world.processPayment.execute(id).status()).isEqualTo(OrderStatus.PAID);
        assertThat(world.orders.get(id).paymentId()).startsWith("pay_").isEqualTo(world.payments.find(id).orElseThrow().paymentId());
    }

    @Test
    void aDeclinedCardIsReportedAsDeclined() {
        String id = reservedOrder("tok_chargeDeclined");

        assertThatThrownBy(() -> world.processPayment.execute(id))
                .isInstanceOf(PaymentDeclinedException.class).hasMessage("[[PAYMENT_DECLINED_BY_ISSUER]] Payment declined by the card issuer");
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(world.payments.find(id)).isEmpty();
    }

    @Test
    void aProcessingErrorIsTransient() {
        String id = reservedOrder("tok_processingError");

        assertThatThrownBy(() -> world.processPayment.execute(id)).isInstanceOf(PaymentProcessingException.class);
        assertThatThrownBy(() -> world.processPayment.execute(id)).isInstanceOf(PaymentProcessingException.class);
        assertThat(world.orders.get(id).paymentId()).isNull();
        assertThat(world.payments.find(id)).isEmpty();
    }

    @Test
    void aRedeliveredPaymentNeverChargesTwice() {
        String id = reservedOrder("tok_visa");
        world.processPayment.execute(id);
        var paid = world.orders.get(id);

        world.processPayment.execute(id);

        assertThat(world.orders.get(id)).isEqualTo(paid);
        assertThat(world.payments.chargesFor(id)).hasSize(1);
    }

    @Test
    void aChargeThatLandedAfterTheTimeoutIsRefundedByTheCompensation() {
        String id = reservedOrder("tok_visa");
        // The gateway took the money, but ProcessPayment timed out before it recorded the payment.
        world.payments.charge(id, "tok_visa", world.orders.get(id).total());

        world.releaseStock.execute(id, "FAILED", TIMED_OUT);

        var charge = world.payments.find(id).orElseThrow();
        assertThat(charge.refunded()).isEqualTo(charge.amount());
        assertThat(charge.kept().cents()).isZero();
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(world.orders.get(id).statusReason()).isEqualTo(ReleaseStock.PAID_BUT_FAILED);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
    }

    @Test
    void aChargeArrivingAfterTheCompensationIsRefused() {
        String id = reservedOrder("tok_visa");
        // ProcessPayment claimed the order and froze; the workflow timed it out and compensated; then its charge arrives.
        PaymentGateway late = new PaymentGateway() {
            @Override
            public PaymentResult charge(String key, String token, Money amount) {
                world.releaseStock.execute(id, "FAILED", TIMED_OUT);
                return world.payments.charge(key, token, amount);
            }

            @Override
            public Optional<Charge> find(String key) {
                return world.payments.find(key);
            }

            @Override
            public Reversal reverse(String key, String reason) {
                return world.payments.reverse(key, reason);
            }
        };

        assertThatThrownBy(() -> new ProcessPayment(world.orders, late, world.clock).execute(id))
                .isInstanceOf(PaymentDeclinedException.class);

        assertThat(world.payments.chargesFor(id)).isEmpty();
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(world.orders.get(id).paymentId()).isNull();
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
    }

    @Test
    void anOrderMarkedFailedAfterPaymentKeepsNoMoney() {
        String id = reservedOrder("tok_visa");
        world.processPayment.execute(id);

        world.markOrder.execute(id, OrderStatus.FAILED, new WorkflowError("States.ALL", null));

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(world.payments.find(id).orElseThrow().kept().cents()).isZero();
    }

    @Test
    void aDeclinedOrderHasNothingToRefund() {
        String id = reservedOrder("tok_chargeDeclined");
        assertThatThrownBy(() -> world.processPayment.execute(id)).isInstanceOf(PaymentDeclinedException.class);

        world.releaseStock.execute(id, "PAYMENT_DECLINED", new WorkflowError(PaymentDeclinedException.class.getName(), "declined"));

        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.PAYMENT_DECLINED);
        assertThat(world.payments.chargesFor(id)).isEmpty();
    }
}
