package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.GetDashboard;
import java.util.Set;

/** GET /dashboard?days=N (managers: the store; staff: their own day). */
public final class GetDashboardHandler extends ApiHandler {

    private final GetDashboard getDashboard;

    public GetDashboardHandler() {
        this(Production.getDashboard());
    }

    public GetDashboardHandler(GetDashboard getDashboard) {
        super(Set.of(Roles.MANAGERS, Roles.STAFF));
        this.getDashboard = getDashboard;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        boolean manager = request.caller().groups().contains(Roles.MANAGERS);
        return ok(200, getDashboard.execute(manager, Actors.of(request.caller()), request.query("days")));
    }
}
