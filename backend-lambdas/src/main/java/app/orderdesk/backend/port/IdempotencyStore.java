package app.orderdesk.backend.port;

import java.time.Instant;
import java.util.Optional;

/** Remembers which order an Idempotency-Key produced, so a retried request answers the same order. */
public interface IdempotencyStore {

    /** Stores {@code record} unless the key is taken; returns the record that was already there, if any. */
    Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record);

    /**
     * Forgets {@code record}'s key while it is still bound to that record (the same order or refund id and request):
     * a request refused before it changed anything leaves its key free for the corrected request. A key bound to
     * anything else, or gone already, is left as it is.
     */
    void release(IdempotencyRecord record);

    /** The record stored under {@code key}, read consistently; empty when none. */
    Optional<IdempotencyRecord> find(String key);

    /** What one key is bound to. */
    record IdempotencyRecord(String key, String requestHash, String orderId, Instant createdAt, Instant expiresAt) {}
}
