package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ListInventory;
import java.util.Set;

/** GET /inventory (all roles): paged, with {@code q}, {@code lowStock}, {@code limit} and {@code nextToken}. */
public final class ListInventoryHandler extends ApiHandler {

    private final ListInventory listInventory;

    public ListInventoryHandler() {
        this(Production.listInventory());
    }

    public ListInventoryHandler(ListInventory listInventory) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.listInventory = listInventory;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var query = new ListInventory.Query(request.query("limit"), request.query("nextToken"),
                request.query("q"), request.query("lowStock"));
        return ok(200, listInventory.execute(query));
    }
}
