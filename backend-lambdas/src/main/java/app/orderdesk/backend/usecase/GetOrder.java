package app.orderdesk.backend.usecase;

import app.orderdesk.api.OrderView;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.OrderRepository;

/** GET /orders/{id}: one order as the API shows it. */
public final class GetOrder {

    private final OrderRepository orders;

    public GetOrder(OrderRepository orders) {
        this.orders = orders;
    }

    public OrderView execute(String orderId) {
        String id = OrderIds.require(orderId);
        return orders.find(id).map(OrderViews::toView).orElseThrow(() -> NotFoundException.order(id));
    }
}
