package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderView;
import app.orderdesk.api.PaymentMethod;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.fakes.World;
import org.junit.jupiter.api.Test;

/**
 * Walked in session 21: an order placed "invoice / pay on delivery" showed "paid (pay_…)" in the desk's order detail,
 * as a card order does, because the view carried the payment id only. The view now says which kind of payment it
 * is — never the token.
 */
class PaymentMethodShownTest {

    private final World world = new World();

    @Test
    void anOrderPaidOnDeliveryIsShownAsSoAndACardOrderAsACard() {
        String onDelivery = world.place(Order.PAY_ON_DELIVERY_TOKEN, line("p-mug", 1));
        String byCard = world.place("tok_visa", line("p-mug", 1));

        OrderView deliveryView = OrderViews.toView(world.orders.get(onDelivery));
        OrderView cardView = OrderViews.toView(world.orders.get(byCard));

        assertThat(deliveryView.paymentMethod()).isEqualTo(PaymentMethod.ON_DELIVERY);
        assertThat(cardView.paymentMethod()).isEqualTo(PaymentMethod.CARD);
        assertThat(deliveryView.toString()).doesNotContain(Order.PAY_ON_DELIVERY_TOKEN);
        assertThat(cardView.toString()).doesNotContain("tok_visa");
    }

    @Test
    void theViewWithRefundsKeepsTheMethod() {
        String onDelivery = world.place(Order.PAY_ON_DELIVERY_TOKEN, line("p-mug", 1));

        OrderView view = OrderViews.toView(world.orders.get(onDelivery)).withRefunds(java.util.List.of());

        assertThat(view.paymentMethod()).isEqualTo(PaymentMethod.ON_DELIVERY);
    }
}
