package app.orderdesk.backend.usecase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** What every route that honours an Idempotency-Key shares: the key's shape, and the hash that binds it to one request. */
final class IdempotencyKeys {

    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,128}$");
    static final String KEY_RULE = "must be 1 to 128 visible ASCII characters";

    private IdempotencyKeys() {}

    static boolean wellFormed(String key) {
        return KEY.matcher(key).matches();
    }

    /** SHA-256 of the request's canonical text, hex: the same request with the same key hashes the same. */
    static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required on every JVM", impossible);
        }
    }
}
