package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.SearchOrders;
import java.util.Set;

/**
 * GET /orders (all roles): search by number, email, phone, status, store day and/or date range, and/or the payments
 * still outstanding (ADR 0073), newest first, paged; with nothing named, today's orders.
 */
public final class SearchOrdersHandler extends ApiHandler {

    private final SearchOrders searchOrders;

    public SearchOrdersHandler() {
        this(Production.searchOrders());
    }

    public SearchOrdersHandler(SearchOrders searchOrders) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.searchOrders = searchOrders;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        // "orderNumber" is accepted as another name for "number" (clients written against the first draft use it).
        String number = request.query("number") != null ? request.query("number") : request.query("orderNumber");
        var query = new SearchOrders.Query(number, request.query("email"), request.query("phone"),
                request.query("status"), request.query("from"), request.query("to"), request.query("limit"),
                request.query("nextToken"), request.query("day"), request.query("payment"));
        return ok(200, searchOrders.execute(query));
    }
}
