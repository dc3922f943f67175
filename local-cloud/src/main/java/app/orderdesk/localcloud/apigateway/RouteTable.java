package app.orderdesk.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a request path against the template's routes the way API Gateway does: literal segments
 * beat {@code {param}} segments, and a parameter matches exactly one non-empty segment.
 */
public final class RouteTable {

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    /** The route for this method and path (relative to the stage), with its path parameters. */
    public Optional<RouteMatch> match(String method, String path) {
        List<String> requested = Route.split(path);
        RouteMatch best = null;
        int bestLiterals = -1;
        for (Route route : routes) {
            if (!route.method().equals(method.toUpperCase(Locale.ROOT)) && !route.method().equals("ANY")) {
                continue;
            }
            Map<String, String> parameters = bind(route.segments(), requested);
            if (parameters == null) {
                continue;
            }
            int literals = route.segments().size() - parameters.size();
            if (literals > bestLiterals) {
                best = new RouteMatch(route, parameters);
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when some route has this path under another method (API Gateway would still answer 403/404). */
    public boolean pathExists(String path) {
        List<String> requested = Route.split(path);
        return routes.stream().anyMatch(r -> bind(r.segments(), requested) != null);
    }

    private static Map<String, String> bind(List<String> template, List<String> requested) {
        if (template.size() != requested.size()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String actual = requested.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                parameters.put(expected.substring(1, expected.length() - 1), decode(actual));
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return parameters;
    }

    private static String decode(String segment) {
        return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A matched route and its decoded path parameters. */
    public record RouteMatch(Route route, Map<String, String> pathParameters) {}
}
