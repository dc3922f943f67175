package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.adapter.payment.SimulatedPaymentGateway;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import app.orderdesk.backend.errors.PaymentProcessingException;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.PaymentGateway.PaymentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentTest {

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
        assertThat(world.orders.get(id).paymentId()).startsWith("pay_");
    }

    @Test
    void aDeclinedCardIsReportedAsDeclined() {
        String id = reservedOrder("tok_chargeDeclined");

        assertThatThrownBy(() -> world.processPayment.execute(id))
                .isInstanceOf(PaymentDeclinedException.class).hasMessage("Payment declined by the card issuer");
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.RESERVED);
    }

    @Test
    void aProcessingErrorIsTransient() {
        String id = reservedOrder("tok_processingError");

        assertThatThrownBy(() -> world.processPayment.execute(id)).isInstanceOf(PaymentProcessingException.class);
        assertThatThrownBy(() -> world.processPayment.execute(id)).isInstanceOf(PaymentProcessingException.class);
        assertThat(world.orders.get(id).paymentId()).isNull();
    }

    @Test
    void aRedeliveredPaymentNeverChargesTwice() {
        String id = reservedOrder("tok_visa");
        world.processPayment.execute(id);
        var paid = world.orders.get(id);

        world.processPayment.execute(id);

        assertThat(world.orders.get(id)).isEqualTo(paid);
    }

    @Test
    void paymentIdIsDerivedFromTheIdempotencyKey() {
        var gateway = new SimulatedPaymentGateway();
        var first = gateway.charge("order-1", "tok_visa", Money.ofCents(100));
        assertThat(gateway.charge("order-1", "tok_visa", Money.ofCents(100))).isEqualTo(first);
        assertThat(gateway.charge("order-2", "tok_visa", Money.ofCents(100))).isNotEqualTo(first);
        assertThat(gateway.charge("order-1", "not-a-token", Money.ofCents(100))).isInstanceOf(PaymentResult.Declined.class);
        assertThat(gateway.charge("order-1", "tok_chargeDeclinedInsufficientFunds", Money.ofCents(100)))
                .isEqualTo(new PaymentResult.Declined("Payment declined: insufficient funds"));
    }
}
