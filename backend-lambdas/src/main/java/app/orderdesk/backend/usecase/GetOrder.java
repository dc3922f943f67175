package app.orderdesk.backend.usecase;

import app.orderdesk.api.OrderView;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.RefundRepository;

/** GET /orders/{id}: one order as the API shows it. */
public final class GetOrder {

    private final OrderRepository orders;
    private final RefundRepository refunds;

    public GetOrder(OrderRepository orders) {
        this(orders, null);
    }

    /** With refunds: the view lists the order's refunds (they live on the same record). */
    public GetOrder(OrderRepository orders, RefundRepository refunds) {
        this.orders = orders;
        this.refunds = refunds;
    }

    public OrderView execute(String orderId) {
        String id = OrderIds.require(orderId);
        var view = orders.find(id).map(OrderViews::toView).orElseThrow(() -> NotFoundException.order(id));
        return refunds == null ? view : OrderViews.withRefunds(view, refunds.find(id));
    }
}
