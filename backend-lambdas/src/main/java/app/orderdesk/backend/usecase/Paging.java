package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.FieldIssue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Reads {@code limit} and the opaque {@code nextToken} of paged routes; bad values become field issues. */
final class Paging {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    private static final int MAX_TOKEN = 2048;
    /**
     * Every cursor we hand out is far shorter; a longer one is forged, and its values went to DynamoDB as a start key,
     * which refuses a sort-key value over 1,024 bytes — a 500 to the caller (audit, session 34).
     */
    static final int MAX_CURSOR_BYTES = 1024;

    private Paging() {}

    static int limit(String raw, List<FieldIssue> issues) {
        return limit(raw, DEFAULT_LIMIT, MAX_LIMIT, issues);
    }

    /** {@code limit} for a route with its own default and maximum. */
    static int limit(String raw, int defaultLimit, int maxLimit, List<FieldIssue> issues) {
        if (raw == null || raw.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below like an out-of-range number
        }
        issues.add(new FieldIssue("limit", "must be a whole number between 1 and " + maxLimit));
        return defaultLimit;
    }

    static String encode(String cursor) {
        return cursor == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor inside a token, or null (with an issue when the token is not one we handed out). */
    static String decode(String token, List<FieldIssue> issues) {
        if (token == null || token.isBlank()) {
            return null;
        }
        if (token.length() <= MAX_TOKEN) {
            try {
                String cursor = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
                if (!cursor.isEmpty() && cursor.getBytes(StandardCharsets.UTF_8).length <= MAX_CURSOR_BYTES) {
                    return cursor;
                }
            } catch (IllegalArgumentException notBase64) {
                // reported below
            }
        }
        issues.add(new FieldIssue("nextToken", "is not a token this API handed out"));
        return null;
    }
}
