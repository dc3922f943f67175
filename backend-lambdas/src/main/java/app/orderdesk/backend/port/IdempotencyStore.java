package app.orderdesk.backend.port;

import java.time.Instant;
import java.util.Optional;

/** Remembers which order an Idempotency-Key produced, so a retried request answers the same order. */
public interface IdempotencyStore {

    /** Stores {@code record} unless the key is taken; returns the record that was already there, if any. */
    Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record);

    /** What one key is bound to. */
    record IdempotencyRecord(String key, String requestHash, String orderId, Instant createdAt, Instant expiresAt) {}
}
