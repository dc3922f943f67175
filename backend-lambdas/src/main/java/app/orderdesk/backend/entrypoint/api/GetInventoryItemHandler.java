package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.GetInventoryItem;
import java.util.Set;

/** GET /inventory/{id} (all roles): one product with its stock. */
public final class GetInventoryItemHandler extends ApiHandler {

    private final GetInventoryItem getInventoryItem;

    public GetInventoryItemHandler() {
        this(Production.getInventoryItem());
    }

    public GetInventoryItemHandler(GetInventoryItem getInventoryItem) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.getInventoryItem = getInventoryItem;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, getInventoryItem.execute(request.pathParameter("id")));
    }
}
