package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.FindCustomers;
import java.util.Set;

/** GET /customers?phone=…|email=… (all roles: staff fill the order form, support search, managers): repeat callers. */
public final class FindCustomersHandler extends ApiHandler {

    private final FindCustomers findCustomers;

    public FindCustomersHandler() {
        this(Production.findCustomers());
    }

    public FindCustomersHandler(FindCustomers findCustomers) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.findCustomers = findCustomers;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, findCustomers.execute(request.query("phone"), request.query("email")));
    }
}
