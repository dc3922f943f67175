package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code AWS::ApiGatewayV2::Api} of protocol WEBSOCKET, read from the template: its local API id
 * (the logical id in lower case), its stage, and which function each route key invokes — followed from
 * {@code AWS::ApiGatewayV2::Route} {@code Target: integrations/${Integration}} to the integration's
 * {@code IntegrationUri} ({@code .../functions/${Function.Alias}/invocations}). A route with a
 * {@code RouteResponseSelectionExpression} is two-way: its function's answer {@code body} is sent back.
 */
public record WebSocketApiSettings(String logicalId, String apiId, String stageName, Map<String, String> routeFunctions,
                                   java.util.Set<String> twoWayRoutes) {

    private static final Pattern INTEGRATION = Pattern.compile("integrations/\\$\\{([A-Za-z0-9]+)}");
    private static final Pattern FUNCTION = Pattern.compile("functions/\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z]+)?}/invocations");

    public static List<WebSocketApiSettings> from(SamTemplate template) {
        List<WebSocketApiSettings> apis = new ArrayList<>();
        template.resourcesOfType("AWS::ApiGatewayV2::Api").forEach((logicalId, api) -> {
            if (!"WEBSOCKET".equals(api.path("Properties").path("ProtocolType").asText())) {
                return;
            }
            String stage = "v1";
            for (JsonNode s : template.resourcesOfType("AWS::ApiGatewayV2::Stage").values()) {
                if (logicalId.equals(s.path("Properties").path("ApiId").path("Ref").asText())) {
                    stage = s.path("Properties").path("StageName").asText(stage);
                }
            }
            Map<String, String> routes = new LinkedHashMap<>();
            java.util.Set<String> twoWay = new java.util.LinkedHashSet<>();
            template.resourcesOfType("AWS::ApiGatewayV2::Route").values().forEach(route -> {
                JsonNode p = route.path("Properties");
                if (!logicalId.equals(p.path("ApiId").path("Ref").asText())) {
                    return;
                }
                Matcher integration = INTEGRATION.matcher(p.path("Target").path("Fn::Sub").asText());
                if (!integration.find()) {
                    throw new IllegalStateException("route " + p.path("RouteKey").asText() + " has no integrations/${…} target");
                }
                String uri = template.resource(integration.group(1)).path("Properties").path("IntegrationUri").path("Fn::Sub").asText();
                Matcher function = FUNCTION.matcher(uri);
                if (!function.find()) {
                    throw new IllegalStateException("integration " + integration.group(1) + " does not invoke a template function: " + uri);
                }
                routes.put(p.path("RouteKey").asText(), function.group(1));
                if (!p.path("RouteResponseSelectionExpression").asText("").isEmpty()) {
                    twoWay.add(p.path("RouteKey").asText());
                }
            });
            apis.add(new WebSocketApiSettings(logicalId, logicalId.toLowerCase(Locale.ROOT), stage, Map.copyOf(routes), java.util.Set.copyOf(twoWay)));
        });
        return apis;
    }
}
