package app.orderdesk.localcloud.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Turns a Lambda proxy response ({@code statusCode}, {@code headers}, {@code body}…) into the HTTP answer. */
final class ProxyResponseWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    void proxy(HttpExchange exchange, String lambdaOutput) throws IOException {
        JsonNode response;
        try {
            response = JSON.readTree(lambdaOutput);
        } catch (IOException e) {
            response = null;
        }
        if (response == null || !response.isObject() || !response.path("statusCode").canConvertToInt()) {
            // API Gateway answers 502 "Malformed Lambda proxy response" here.
            System.err.println("[api] malformed Lambda proxy response: " + abbreviate(lambdaOutput));
            error(exchange, 502, "INTERNAL", "Internal server error");
            return;
        }
        Headers headers = exchange.getResponseHeaders();
        response.path("headers").properties().forEach(e -> headers.set(e.getKey(), e.getValue().asText()));
        response.path("multiValueHeaders").properties().forEach(e -> {
            headers.remove(e.getKey());
            e.getValue().forEach(v -> headers.add(e.getKey(), v.asText()));
        });
        if (!headers.containsKey("Content-Type")) {
            headers.set("Content-Type", "application/json");
        }
        JsonNode bodyNode = response.path("body");
        byte[] body = bodyNode.isMissingNode() || bodyNode.isNull() ? new byte[0]
                : response.path("isBase64Encoded").asBoolean(false)
                ? Base64.getDecoder().decode(bodyNode.asText())
                : bodyNode.asText().getBytes(StandardCharsets.UTF_8);
        send(exchange, response.get("statusCode").asInt(), body);
    }

    void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (status == 429) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        send(exchange, status, ApiErrorResponses.body(code, message));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean noBody = body.length == 0 || status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
