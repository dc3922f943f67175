package app.orderdesk.backend.port;

import java.time.Instant;
import java.util.List;

/** Sends one update down one WebSocket connection ({@code @connections} of the WebSocket API). */
public interface PushChannel {

    /** False when the connection is gone (the desk went away without a clean disconnect). */
    boolean send(String connectionId, Message message);

    /**
     * What a desk receives; the wire form is the api's {@code LiveUpdate} (same field names). An order's
     * change also carries its reason, {@code updatedAt}, the steps written and whether a receipt exists;
     * a COMPLETED one whose receipt exists also a presigned GET URL of the receipt and when it expires
     * ({@code receiptUrl}, {@code receiptUrlExpiresAt}; null otherwise, ADR 0053).
     */
    record Message(String type, String orderId, String status, String productId, Instant at,
                   String statusReason, Instant updatedAt, List<Step> steps, Boolean receiptAvailable,
                   String statusReasonCode, java.util.Map<String, String> statusReasonParams,
                   String receiptUrl, Instant receiptUrlExpiresAt) {

        public Message {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        /** An order's change without a receipt link. */
        public Message(String type, String orderId, String status, String productId, Instant at,
                       String statusReason, Instant updatedAt, List<Step> steps, Boolean receiptAvailable,
                       String statusReasonCode, java.util.Map<String, String> statusReasonParams) {
            this(type, orderId, status, productId, at, statusReason, updatedAt, steps, receiptAvailable, statusReasonCode,
                    statusReasonParams, null, null);
        }

        /** A bare message: a stock change, or a status without the order's details. */
        public Message(String type, String orderId, String status, String productId, Instant at) {
            this(type, orderId, status, productId, at, null, null, List.of(), null, null, null);
        }
    }

    /** A timeline step as the desk shows it (the api's {@code TimelineStep}, same field names). */
    record Step(String name, String status, Instant startedAt, Instant endedAt, Long durationMs, int attempts,
                String error, String cause, String causeCode, java.util.Map<String, String> causeParams) {}
}
