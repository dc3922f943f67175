package app.orderdesk.desktop.fakes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** Builds unsigned ID tokens with the claims the app reads. */
public final class TestTokens {

    private TestTokens() {}

    public static String idToken(String email, List<String> groups, Instant exp) {
        return idToken(email, groups, exp, null);
    }

    /** With an {@code iat} claim too (null: none). */
    public static String idToken(String email, List<String> groups, Instant exp, Instant iat) {
        String groupsJson = groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",", "[", "]"));
        String payload = "{\"sub\":\"u-1\",\"cognito:username\":\"" + email + "\",\"email\":\"" + email
                + "\",\"cognito:groups\":" + groupsJson + ",\"exp\":" + exp.getEpochSecond()
                + (iat == null ? "" : ",\"iat\":" + iat.getEpochSecond()) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }
}
