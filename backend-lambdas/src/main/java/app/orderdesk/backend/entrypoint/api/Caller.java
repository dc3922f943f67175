package app.orderdesk.backend.entrypoint.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The signed-in user, from the Cognito authorizer's claims. */
public record Caller(String sub, String email, String username, Set<String> groups) {

    /** Empty when the event carries no claims (the authorizer did not run or rejected nothing it should have). */
    static Optional<Caller> from(ApiGatewayEvent event) {
        var context = event.requestContext();
        if (context == null || context.authorizer() == null || context.authorizer().claims() == null) {
            return Optional.empty();
        }
        Map<String, JsonNode> claims = context.authorizer().claims();
        String sub = text(claims.get("sub"));
        if (sub == null) {
            return Optional.empty();
        }
        return Optional.of(new Caller(sub, text(claims.get("email")), text(claims.get("cognito:username")),
                groups(claims.get("cognito:groups"))));
    }

    /** Accepts {@code staff}, {@code staff,managers}, {@code [staff, managers]} or a JSON array. */
    static Set<String> groups(JsonNode node) {
        Set<String> groups = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return groups;
        }
        if (node.isArray()) {
            node.forEach(g -> addAll(groups, g.asText()));
        } else {
            addAll(groups, node.asText());
        }
        return groups;
    }

    private static void addAll(Set<String> groups, String raw) {
        String trimmed = raw.trim();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        Arrays.stream(trimmed.split("[,\\s]+"))
                .map(g -> g.replace("\"", "").trim())
                .filter(g -> !g.isEmpty())
                .forEach(groups::add);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
