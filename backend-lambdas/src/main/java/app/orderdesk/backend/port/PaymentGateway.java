package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Money;

/** Charges a card token; the idempotency key makes a repeated charge return the first result. */
public interface PaymentGateway {

    PaymentResult charge(String idempotencyKey, String paymentToken, Money amount);

    /** How a charge ended. */
    sealed interface PaymentResult {
        record Approved(String paymentId) implements PaymentResult {}

        record Declined(String reason) implements PaymentResult {}

        /** The gateway failed before deciding; nothing was charged and it is safe to retry. */
        record Unavailable(String reason) implements PaymentResult {}
    }
}
