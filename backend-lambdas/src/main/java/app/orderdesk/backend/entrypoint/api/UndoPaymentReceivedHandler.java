package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.Roles;
import app.orderdesk.api.UndoPaymentReceivedRequest;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.UndoPaymentReceived;
import java.util.Set;

/**
 * POST /orders/{id}/payment-received/undo (support, managers; ADR 0072): the payment recorded for an order paid on
 * delivery was recorded by mistake; 200 with the order; 409 NOT_PAID_ON_DELIVERY, NO_PAYMENT_RECORDED or PAYMENT_CHANGED
 * saying why; honours Idempotency-Key (ADR 0085).
 */
public final class UndoPaymentReceivedHandler extends ApiHandler {

    private final UndoPaymentReceived undoPaymentReceived;

    public UndoPaymentReceivedHandler() {
        this(Production.undoPaymentReceived());
    }

    public UndoPaymentReceivedHandler(UndoPaymentReceived undoPaymentReceived) {
        super(Set.of(Roles.SUPPORT, Roles.MANAGERS));
        this.undoPaymentReceived = undoPaymentReceived;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        UndoPaymentReceivedRequest body = request.body(STRICT, UndoPaymentReceivedRequest.class);
        return ok(200, undoPaymentReceived.execute(request.pathParameter("id"), body, Actors.of(request.caller()),
                request.header(ApiHeaders.IDEMPOTENCY_KEY)));
    }
}
