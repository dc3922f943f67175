package app.orderdesk.backend.usecase;

import app.orderdesk.api.RefundView;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.RefundRepository;
import java.util.List;

/**
 * GET /orders/{id}/refunds (support, managers): the order's refunds, oldest first, each with its lines,
 * amount, state (PENDING, REFUNDED, REFUSED), who refunded and whether a credit note exists. One read of the
 * order's record (the refunds live on it); 404 when there is no such order, an empty list when it has none.
 */
public final class ListRefunds {

    private final OrderRepository orders;
    private final RefundRepository refunds;

    public ListRefunds(OrderRepository orders, RefundRepository refunds) {
        this.orders = orders;
        this.refunds = refunds;
    }

    public List<RefundView> execute(String orderId) {
        String id = OrderIds.require(orderId);
        RefundRepository.OrderRefunds found = refunds.find(id);
        if (found.refunds().isEmpty() && orders.find(id).isEmpty()) {
            throw NotFoundException.order(id); // only an order without refunds needs the second look
        }
        return found.refunds().stream().map(RefundViews::toView).toList();
    }
}
