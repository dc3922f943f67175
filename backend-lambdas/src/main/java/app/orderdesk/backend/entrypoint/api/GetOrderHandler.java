package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.GetOrder;
import java.util.Set;

/** GET /orders/{id} (all roles). */
public final class GetOrderHandler extends ApiHandler {

    private final GetOrder getOrder;

    public GetOrderHandler() {
        this(Production.getOrder());
    }

    public GetOrderHandler(GetOrder getOrder) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.getOrder = getOrder;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, getOrder.execute(request.pathParameter("id")));
    }
}
