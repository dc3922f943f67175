package app.orderdesk.backend.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * ADR 0072: a payment received on delivery ({@link PaymentReceipt}) that was recorded by mistake and undone by
 * {@code undoneBy} at {@code undoneAt} for {@code reason}. An order keeps only its last undo.
 */
public record PaymentUndo(PaymentReceipt undone, String undoneBy, Instant undoneAt, String reason) {

    public PaymentUndo {
        Objects.requireNonNull(undone, "undone");
        Objects.requireNonNull(undoneBy, "undoneBy");
        Objects.requireNonNull(undoneAt, "undoneAt");
        Objects.requireNonNull(reason, "reason");
    }
}
