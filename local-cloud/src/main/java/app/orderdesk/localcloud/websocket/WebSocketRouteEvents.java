package app.orderdesk.localcloud.websocket;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The Lambda proxy events API Gateway sends to a WebSocket API's {@code $connect}, {@code $disconnect} and {@code $default} routes. */
final class WebSocketRouteEvents {

    static final ObjectMapper JSON = new ObjectMapper();

    private WebSocketRouteEvents() {}

    static String connect(String apiId, String stage, String connectionId, String resource, Map<String, String> headers, String sourceIp) {
        ObjectNode event = base(apiId, stage, connectionId, "$connect", "CONNECT", sourceIp);
        ObjectNode headerNode = event.putObject("headers");
        headers.forEach(headerNode::put);
        Map<String, String> query = query(resource);
        if (query.isEmpty()) {
            event.putNull("queryStringParameters");
        } else {
            ObjectNode queryNode = event.putObject("queryStringParameters");
            query.forEach(queryNode::put);
        }
        return event.toString();
    }

    static String disconnect(String apiId, String stage, String connectionId, int code, String reason, String sourceIp) {
        ObjectNode event = base(apiId, stage, connectionId, "$disconnect", "DISCONNECT", sourceIp);
        event.with("requestContext").put("disconnectStatusCode", code).put("disconnectReason", reason == null ? "" : reason);
        return event.toString();
    }

    static String message(String apiId, String stage, String connectionId, String body, String sourceIp) {
        ObjectNode event = base(apiId, stage, connectionId, "$default", "MESSAGE", sourceIp);
        event.put("body", body);
        return event.toString();
    }

    private static ObjectNode base(String apiId, String stage, String connectionId, String routeKey, String eventType, String sourceIp) {
        long now = Instant.now().toEpochMilli();
        ObjectNode event = JSON.createObjectNode();
        ObjectNode context = event.putObject("requestContext");
        context.put("routeKey", routeKey).put("eventType", eventType).put("messageDirection", "IN")
                .put("stage", stage).put("apiId", apiId).put("connectionId", connectionId)
                .put("requestId", UUID.randomUUID().toString()).put("requestTimeEpoch", now)
                .put("domainName", "127.0.0.1");
        context.putObject("identity").put("sourceIp", sourceIp);
        event.put("isBase64Encoded", false);
        return event;
    }

    /** The query string of the upgrade request's resource ({@code /v1?token=…}), decoded. */
    static Map<String, String> query(String resource) {
        Map<String, String> query = new LinkedHashMap<>();
        int q = resource == null ? -1 : resource.indexOf('?');
        if (q < 0) {
            return query;
        }
        for (String pair : resource.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }
}
