package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ResendReceiptRequest;
import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ResendReceipt;
import java.util.Set;

/** POST /orders/{id}/receipt/email (support, managers): emails the receipt again; 202 with where it went. */
public final class ResendReceiptHandler extends ApiHandler {

    private final ResendReceipt resendReceipt;

    public ResendReceiptHandler() {
        this(Production.resendReceipt());
    }

    public ResendReceiptHandler(ResendReceipt resendReceipt) {
        super(Set.of(Roles.SUPPORT, Roles.MANAGERS));
        this.resendReceipt = resendReceipt;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String email = request.hasBody() ? request.body(STRICT, ResendReceiptRequest.class).email() : null;
        return ok(202, resendReceipt.execute(request.pathParameter("id"), email));
    }
}
