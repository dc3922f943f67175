package app.orderdesk.localcloud.stepfunctions.asl.path;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.EnumSet;

/**
 * Evaluates ASL reference paths with Jayway JsonPath over Jackson nodes; {@code $$} paths address the
 * context object. AWS's own messages are Jayway's, so its exception texts are passed through.
 */
public final class JsonPaths {

    private static final Configuration CONFIG = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
            .options(EnumSet.noneOf(com.jayway.jsonpath.Option.class))
            .build();

    private JsonPaths() {}

    /** True for strings that are paths rather than literals: {@code $...} or {@code $$...}. */
    public static boolean isPath(String text) {
        return text != null && text.startsWith("$");
    }

    /**
     * Reads {@code path} from {@code input} or, for {@code $$} paths, from {@code context}.
     *
     * @throws PathException when the path is invalid or a definite path does not exist
     */
    public static JsonNode read(String path, JsonNode input, JsonNode context) {
        JsonNode root = input;
        String effective = path;
        if (path.startsWith("$$")) {
            root = context;
            effective = "$" + path.substring(2);
        }
        if (effective.equals("$")) {
            return root;
        }
        JsonPath compiled;
        try {
            compiled = JsonPath.compile(effective);
        } catch (InvalidPathException e) {
            JsonNode literal = readLiteralSegments(effective, root);
            if (literal != null) {
                return literal;
            }
            throw new PathException(e.getMessage());
        }
        try {
            Object value = JsonPath.using(CONFIG).parse(root).read(compiled);
            return value instanceof JsonNode node ? node : Json.MAPPER.valueToTree(value);
        } catch (RuntimeException e) {
            // AWS yields [] for a wildcard or slice whose parent is missing; Jayway reports it missing.
            if (!compiled.isDefinite()) {
                return Json.MAPPER.createArrayNode();
            }
            JsonNode literal = readLiteralSegments(effective, root);
            if (literal != null) {
                return literal;
            }
            throw new PathException(String.valueOf(e.getMessage()));
        }
    }

    /**
     * Fallback for definite paths whose bracketed names contain characters Jayway treats as escapes
     * (AWS takes {@code $['a\"b']} literally); null when the path is not that simple or not found.
     */
    private static JsonNode readLiteralSegments(String path, JsonNode root) {
        java.util.List<Object> segments;
        try {
            segments = ResultPaths.parse(path);
        } catch (RuntimeException e) {
            return null;
        }
        JsonNode current = root;
        for (Object segment : segments) {
            current = segment instanceof String name ? current.get(name) : current.get((Integer) segment);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Like {@link #read} but returns {@code null} when nothing is found. */
    public static JsonNode readOrNull(String path, JsonNode input, JsonNode context) {
        try {
            return read(path, input, context);
        } catch (PathException e) {
            return null;
        }
    }

    /** A path that does not resolve; the message is Jayway's. */
    public static final class PathException extends RuntimeException {
        public PathException(String message) {
            super(message, null, false, false);
        }
    }
}
