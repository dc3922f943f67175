package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.GetTimeline;
import java.util.Set;

/** GET /orders/{id}/timeline (all roles). */
public final class GetOrderTimelineHandler extends ApiHandler {

    private final GetTimeline getTimeline;

    public GetOrderTimelineHandler() {
        this(Production.getTimeline());
    }

    public GetOrderTimelineHandler(GetTimeline getTimeline) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.getTimeline = getTimeline;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, getTimeline.execute(request.pathParameter("id")));
    }
}
