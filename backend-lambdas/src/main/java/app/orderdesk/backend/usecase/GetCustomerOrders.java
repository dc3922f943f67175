package app.orderdesk.backend.usecase;

import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.CustomerDirectory;
import app.orderdesk.backend.port.OrderSearch;
import app.orderdesk.backend.port.OrderSearch.Criteria;
import java.util.ArrayList;
import java.util.List;

/** GET /customers/{id}/orders: the caller's last orders, newest first, from the email index (one query a page). */
public final class GetCustomerOrders {

    private final CustomerDirectory customers;
    private final OrderSearch search;

    public GetCustomerOrders(CustomerDirectory customers, OrderSearch search) {
        this.customers = customers;
        this.search = search;
    }

    public Page<OrderSummaryView> execute(String customerId, String limitRaw, String nextToken) {
        String id = CustomerViews.requireId(customerId);
        List<FieldIssue> issues = new ArrayList<>();
        int limit = Paging.limit(limitRaw, 10, Paging.MAX_LIMIT, issues);
        String cursor = Paging.decode(nextToken, issues);
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        CustomerRecord customer = customers.find(id)
                .orElseThrow(() -> new NotFoundException("CUSTOMER_NOT_FOUND", "No customer " + id + "."));
        var slice = search.search(new Criteria(null, customer.email(), null, null, null, null, limit, cursor));
        var items = slice.items().stream().map(o -> new OrderSummaryView(o.orderId(), o.orderNumber(),
                OrderStatusMapping.toApi(o.status()), o.customerEmail(), o.customerName(),
                o.totalCents(), o.currency(), o.createdAt())).toList();
        return new Page<>(items, Paging.encode(slice.cursor()));
    }
}
