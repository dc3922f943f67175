package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.GetCustomerOrders;
import java.util.Set;

/** GET /customers/{id}/orders (all roles): the caller's last orders, newest first, paged. */
public final class GetCustomerOrdersHandler extends ApiHandler {

    private final GetCustomerOrders getCustomerOrders;

    public GetCustomerOrdersHandler() {
        this(Production.getCustomerOrders());
    }

    public GetCustomerOrdersHandler(GetCustomerOrders getCustomerOrders) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.getCustomerOrders = getCustomerOrders;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, getCustomerOrders.execute(request.pathParameter("id"), request.query("limit"), request.query("nextToken")));
    }
}
