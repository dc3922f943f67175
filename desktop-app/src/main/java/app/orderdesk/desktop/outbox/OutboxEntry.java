package app.orderdesk.desktop.outbox;

import app.orderdesk.api.PlaceOrderRequest;
import java.time.Instant;

/**
 * An order that could not be sent yet: the request, its idempotency key (the entry's identity) and
 * when it was taken. Holds no token or password: only what the order itself needs.
 *
 * @param failure the server's message when it refused the order for good (the entry then waits for people)
 */
public record OutboxEntry(String idempotencyKey, PlaceOrderRequest request, Instant orderedAt,
                          int attempts, Status status, String failure) {

    /** Where an entry stands. */
    public enum Status { QUEUED, FAILED }

    public static OutboxEntry queued(String key, PlaceOrderRequest request, Instant orderedAt) {
        return new OutboxEntry(key, request, orderedAt, 0, Status.QUEUED, null);
    }

    public OutboxEntry attempted() {
        return new OutboxEntry(idempotencyKey, request, orderedAt, attempts + 1, status, failure);
    }

    public OutboxEntry failed(String message) {
        return new OutboxEntry(idempotencyKey, request, orderedAt, attempts + 1, Status.FAILED, message);
    }

    /** The customer as the Outbox tab shows it. */
    public String customerEmail() {
        return request == null || request.customer() == null ? "" : request.customer().email();
    }
}
