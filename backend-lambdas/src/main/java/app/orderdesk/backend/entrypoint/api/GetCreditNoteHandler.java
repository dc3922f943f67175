package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.GetCreditNoteLink;
import java.util.Set;

/** GET /orders/{id}/credit-notes/{refundId} (all roles): a short-lived presigned link to the credit note PDF. */
public final class GetCreditNoteHandler extends ApiHandler {

    private final GetCreditNoteLink getCreditNoteLink;

    public GetCreditNoteHandler() {
        this(Production.getCreditNoteLink());
    }

    public GetCreditNoteHandler(GetCreditNoteLink getCreditNoteLink) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.getCreditNoteLink = getCreditNoteLink;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, getCreditNoteLink.execute(request.pathParameter("id"), request.pathParameter("refundId")));
    }
}
