package app.orderdesk.localcloud.apigateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the API Gateway REST API (v1) Lambda proxy event for a matched, authorized request. */
final class ProxyEventFactory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String stage;
    private final String apiId;

    ProxyEventFactory(String stage, String apiId) {
        this.stage = stage;
        this.apiId = apiId;
    }

    ObjectNode event(ProxyRequest request, RouteTable.RouteMatch match, Map<String, String> claims, String requestId) {
        ObjectNode event = JSON.createObjectNode();
        event.put("resource", match.route().resourcePath());
        event.put("path", request.path());
        event.put("httpMethod", request.method());
        putHeaders(event, request.headers());
        putQuery(event, request.rawQuery());
        if (match.pathParameters().isEmpty()) {
            event.putNull("pathParameters");
        } else {
            ObjectNode parameters = event.putObject("pathParameters");
            match.pathParameters().forEach(parameters::put);
        }
        event.putNull("stageVariables");
        event.set("requestContext", requestContext(request, match, claims, requestId));
        putBody(event, request.body());
        return event;
    }

    private ObjectNode requestContext(ProxyRequest request, RouteTable.RouteMatch match, Map<String, String> claims, String requestId) {
        ObjectNode context = JSON.createObjectNode();
        context.put("resourceId", Integer.toHexString(match.route().resourcePath().hashCode()));
        context.put("resourcePath", match.route().resourcePath());
        context.put("httpMethod", request.method());
        context.put("path", "/" + stage + request.path());
        context.put("stage", stage);
        context.put("requestId", requestId);
        context.put("extendedRequestId", requestId);
        context.put("requestTimeEpoch", System.currentTimeMillis());
        context.put("accountId", "111111111111");
        context.put("apiId", apiId);
        context.put("protocol", "HTTP/1.1");
        context.put("domainName", "127.0.0.1");
        ObjectNode identity = context.putObject("identity");
        identity.put("sourceIp", request.sourceIp());
        identity.put("userAgent", first(request.headers(), "User-Agent"));
        ObjectNode claimsNode = context.putObject("authorizer").putObject("claims");
        claims.forEach(claimsNode::put);
        return context;
    }

    private static void putHeaders(ObjectNode event, Map<String, List<String>> headers) {
        if (headers.isEmpty()) {
            event.putNull("headers");
            event.putNull("multiValueHeaders");
            return;
        }
        ObjectNode single = event.putObject("headers");
        ObjectNode multi = event.putObject("multiValueHeaders");
        headers.forEach((name, values) -> {
            single.put(name, values.getLast());
            ArrayNode all = multi.putArray(name);
            values.forEach(all::add);
        });
    }

    private static void putQuery(ObjectNode event, String rawQuery) {
        Map<String, List<String>> query = parseQuery(rawQuery);
        if (query.isEmpty()) {
            event.putNull("queryStringParameters");
            event.putNull("multiValueQueryStringParameters");
            return;
        }
        ObjectNode single = event.putObject("queryStringParameters");
        ObjectNode multi = event.putObject("multiValueQueryStringParameters");
        query.forEach((name, values) -> {
            single.put(name, values.getLast());
            ArrayNode all = multi.putArray(name);
            values.forEach(all::add);
        });
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    /** Text bodies travel as text; anything that is not valid UTF-8 as base64, as API Gateway does for binary. */
    private static void putBody(ObjectNode event, byte[] body) {
        if (body.length == 0) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
            return;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            event.put("body", text);
            event.put("isBase64Encoded", false);
        } catch (CharacterCodingException binary) {
            event.put("body", Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", true);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
    }
}
