package app.orderdesk.backend.entrypoint.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The parts of an API Gateway REST (v1) proxy event the handlers use; everything else is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiGatewayEvent(
        String resource,
        String path,
        String httpMethod,
        Map<String, String> headers,
        Map<String, String> queryStringParameters,
        Map<String, String> pathParameters,
        String body,
        @JsonProperty("isBase64Encoded") Boolean isBase64Encoded,
        RequestContext requestContext) {

    /** Request metadata; {@code authorizer} is set by the Cognito authorizer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestContext(String requestId, Authorizer authorizer) {}

    /** Cognito claims, as strings in REST APIs (but tolerated as JSON arrays too). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Authorizer(Map<String, JsonNode> claims) {}
}
