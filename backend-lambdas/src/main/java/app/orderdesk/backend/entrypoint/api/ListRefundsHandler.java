package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ListRefunds;
import java.util.Set;

/** GET /orders/{id}/refunds (support, managers): the order's refunds, oldest first. */
public final class ListRefundsHandler extends ApiHandler {

    private final ListRefunds listRefunds;

    public ListRefundsHandler() {
        this(Production.listRefunds());
    }

    public ListRefundsHandler(ListRefunds listRefunds) {
        super(Set.of(Roles.SUPPORT, Roles.MANAGERS));
        this.listRefunds = listRefunds;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, listRefunds.execute(request.pathParameter("id")));
    }
}
