package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.EraseCustomer;
import java.util.Set;

/** DELETE /customers/{id} (managers): erase a customer; their orders stay without personal fields. */
public final class EraseCustomerHandler extends ApiHandler {

    private final EraseCustomer eraseCustomer;

    public EraseCustomerHandler() {
        this(Production.eraseCustomer());
    }

    public EraseCustomerHandler(EraseCustomer eraseCustomer) {
        super(Set.of(Roles.MANAGERS));
        this.eraseCustomer = eraseCustomer;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, eraseCustomer.execute(request.pathParameter("id"), Actors.of(request.caller())));
    }
}
