package app.orderdesk.backend.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A repeat caller as the customer directory knows them. The id is derived from the normalised email
 * (every order has one), so "create or update the customer" is one idempotent write, with no lookup
 * before it and no race between two desks placing orders for the same caller.
 */
public record CustomerRecord(String customerId, String email, String name, String phoneE164,
                             Instant firstOrderAt, Instant lastOrderAt, String lastOrderId) {

    public CustomerRecord {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(email, "email");
    }

    /** {@code cus_} and 24 hex digits of SHA-256 over the normalised email. */
    public static String idFor(String normalisedEmail) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalisedEmail.getBytes(StandardCharsets.UTF_8));
            return "cus_" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    public static boolean isWellFormedId(String id) {
        return id != null && id.matches("cus_[0-9a-f]{24}");
    }
}
