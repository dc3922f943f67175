package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ListStockMovements;
import java.util.Set;

/** GET /inventory/{id}/adjustments (all roles): the product's movements, newest first, paged. */
public final class ListStockMovementsHandler extends ApiHandler {

    private final ListStockMovements listStockMovements;

    public ListStockMovementsHandler() {
        this(Production.listStockMovements());
    }

    public ListStockMovementsHandler(ListStockMovements listStockMovements) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.listStockMovements = listStockMovements;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, listStockMovements.execute(request.pathParameter("id"), request.query("limit"), request.query("nextToken")));
    }
}
