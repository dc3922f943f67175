package app.orderdesk.localcloud.apigateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One API route from the template: method, resource path (with {@code {param}} segments) and function. */
public record Route(String method, String resourcePath, String functionName) {

    public Route {
        method = method.toUpperCase(Locale.ROOT);
    }

    /** The path's segments, e.g. {@code [orders, {id}, timeline]}. */
    List<String> segments() {
        return split(resourcePath);
    }

    static List<String> split(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
