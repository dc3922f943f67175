package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.fakes.World;
import org.junit.jupiter.api.Test;

/**
 * ADR 0068: an order placed "invoice / pay on delivery" took its "payment" through the gateway as a card
 * would (the simulated provider approved the token; a real one would have refused it), so the ledger
 * held a charge the customer never paid and a refund sent money back that was never taken.
 */
class PayOnDeliveryTest {

    private final World world = new World();

    private String reserved(String token) {
        String id = world.place(token, line("p-mug", 1));
        world.reserveStock.execute(id);
        return id;
    }

    @Test
    void anOrderPaidOnDeliveryMovesOnWithoutAChargeAndACardOrderIsCharged() {
        String onDelivery = reserved(Order.PAY_ON_DELIVERY_TOKEN);
        String byCard = reserved("tok_visa");

        assertThat(world.processPayment.execute(onDelivery).status()).isEqualTo(OrderStatus.PAID);
        assertThat(world.processPayment.execute(byCard).status()).isEqualTo(OrderStatus.PAID);

        assertThat(world.payments.chargeCalls).as("the gateway is asked for the card order only").containsExactly(byCard);
        assertThat(world.payments.find(onDelivery)).isEmpty();
        assertThat(world.orders.get(onDelivery).paymentId()).as("no payment reference: nothing was charged").isNull();
        assertThat(world.orders.timelines.get(onDelivery)).anySatisfy(step -> {
            assertThat(step.name()).isEqualTo(WorkflowSteps.PAY);
            assertThat(step.status()).isEqualTo(WorkflowStep.SUCCEEDED);
        });
    }

    @Test
    void aRedeliveredStepOfAnOrderPaidOnDeliveryChangesNothing() {
        String id = reserved(Order.PAY_ON_DELIVERY_TOKEN);
        world.processPayment.execute(id);
        int steps = world.orders.timelines.get(id).size();

        assertThat(world.processPayment.execute(id).status()).isEqualTo(OrderStatus.PAID);

        assertThat(world.payments.chargeCalls).isEmpty();
        assertThat(world.orders.timelines.get(id)).hasSize(steps);
    }

    @Test
    void theReceiptOfAnOrderPaidOnDeliveryCanStillBeMadeAgain() {
        String id = reserved(Order.PAY_ON_DELIVERY_TOKEN);
        world.processPayment.execute(id);
        world.commitStock.execute(id);

        // as if the workflow's receipt step had given up: support resends, and the receipt is made then
        new ResendReceipt(world.orders, world.receipts, world.outbox, world.clock, app.orderdesk.backend.fakes.Fakes.textRenderer())
                .execute(id, null);

        assertThat(world.orders.get(id).receiptKey()).isNotNull();
        assertThat(world.outbox.sent).hasSize(1);
    }
}
