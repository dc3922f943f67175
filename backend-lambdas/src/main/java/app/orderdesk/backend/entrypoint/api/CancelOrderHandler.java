package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.CancelOrderRequest;
import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.CancelOrder;
import java.util.Set;

/** POST /orders/{id}/cancel (managers): cancels an unpaid order and releases its stock; 409 NOT_CANCELLABLE once paid. */
public final class CancelOrderHandler extends ApiHandler {

    private final CancelOrder cancelOrder;

    public CancelOrderHandler() {
        this(Production.cancelOrder());
    }

    public CancelOrderHandler(CancelOrder cancelOrder) {
        super(Set.of(Roles.MANAGERS));
        this.cancelOrder = cancelOrder;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String reason = request.hasBody() ? request.body(STRICT, CancelOrderRequest.class).reason() : null;
        return ok(200, cancelOrder.execute(request.pathParameter("id"), reason, Actors.of(request.caller())));
    }
}
