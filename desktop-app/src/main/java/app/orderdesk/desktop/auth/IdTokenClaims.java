package app.orderdesk.desktop.auth;

import app.orderdesk.api.ApiJson;
import app.orderdesk.desktop.ui.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The claims the app reads from an ID token's payload. Not verified here: the API verifies every
 * token, the client only needs them for display, roles and the refresh deadline.
 */
public record IdTokenClaims(String username, String email, Set<String> groups, Instant expiresAt, Instant issuedAt) {

    /**
     * How long the token is valid ({@code exp} − {@code iat}, both the pool's clock), or null without both: what this
     * PC can count from when it receives the token, whatever its own clock says the time is.
     */
    public java.time.Duration lifetime() {
        return expiresAt == null || issuedAt == null || !expiresAt.isAfter(issuedAt) ? null
                : java.time.Duration.between(issuedAt, expiresAt);
    }

    private static final ObjectMapper JSON = ApiJson.lenient();

    public static IdTokenClaims parse(String idToken) {
        String[] parts = idToken == null ? new String[0] : idToken.split("\\.");
        if (parts.length < 2) {
            throw new AuthException(Messages.text("auth.unreadableToken"));
        }
        try {
            JsonNode payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            Set<String> groups = new LinkedHashSet<>();
            payload.path("cognito:groups").forEach(group -> groups.add(group.asText()));
            String username = payload.hasNonNull("cognito:username")
                    ? payload.get("cognito:username").asText()
                    : payload.path("sub").asText(null);
            Instant exp = payload.hasNonNull("exp") ? Instant.ofEpochSecond(payload.get("exp").asLong()) : null;
            Instant iat = payload.hasNonNull("iat") ? Instant.ofEpochSecond(payload.get("iat").asLong()) : null;
            return new IdTokenClaims(username, payload.path("email").asText(null), groups, exp, iat);
        } catch (IOException | IllegalArgumentException e) {
            throw new AuthException(Messages.text("auth.unreadableToken"), e);
        }
    }

    /** The token's {@code iss} claim (the user pool's URL), or null when there is none. */
    public static String issuer(String idToken) {
        String[] parts = idToken == null ? new String[0] : idToken.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                    .path("iss").asText(null);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
