package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.PaymentReceivedRequest;
import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.RecordPaymentReceived;
import java.util.Set;

/**
 * POST /orders/{id}/payment-received (support, managers; ADR 0071): the customer of an order paid on delivery paid;
 * 200 with the order; 409 NOT_PAID_ON_DELIVERY, NOT_COLLECTABLE, PAYMENT_ALREADY_RECEIVED or PAYMENT_CHANGED saying why;
 * honours Idempotency-Key (ADR 0085).
 */
public final class PaymentReceivedHandler extends ApiHandler {

    private final RecordPaymentReceived recordPaymentReceived;

    public PaymentReceivedHandler() {
        this(Production.recordPaymentReceived());
    }

    public PaymentReceivedHandler(RecordPaymentReceived recordPaymentReceived) {
        super(Set.of(Roles.SUPPORT, Roles.MANAGERS));
        this.recordPaymentReceived = recordPaymentReceived;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        PaymentReceivedRequest body = request.body(STRICT, PaymentReceivedRequest.class);
        return ok(200, recordPaymentReceived.execute(request.pathParameter("id"), body, Actors.of(request.caller()),
                request.header(ApiHeaders.IDEMPOTENCY_KEY)));
    }
}
