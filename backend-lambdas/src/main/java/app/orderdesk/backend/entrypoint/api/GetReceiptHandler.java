package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.GetReceiptLink;
import java.util.Set;

/** GET /orders/{id}/receipt (all roles): a short-lived presigned link to the PDF. */
public final class GetReceiptHandler extends ApiHandler {

    private final GetReceiptLink getReceiptLink;

    public GetReceiptHandler() {
        this(Production.getReceiptLink());
    }

    public GetReceiptHandler(GetReceiptLink getReceiptLink) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.getReceiptLink = getReceiptLink;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, getReceiptLink.execute(request.pathParameter("id")));
    }
}
