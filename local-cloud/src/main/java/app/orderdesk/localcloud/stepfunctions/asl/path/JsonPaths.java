package app.orderdesk.localcloud.stepfunctions.asl.path;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.EnumSet;
import java.util.concurrent.ConcurrentHashMap;

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

    /** A bound on the cache, for a long-lived local cloud that keeps receiving new definitions. */
    private static final int MAX_CACHED = 10_000;
    private static final ConcurrentHashMap<String, JsonPath> COMPILED = new ConcurrentHashMap<>();

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
        JsonNode simple = readSimple(effective, root);
        if (simple != null) {
            return simple;
        }
        JsonPath compiled;
        try {
            compiled = compile(effective);
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
     * The common case without Jayway: {@code $.a.b.c} with plain field names, each present and the value
     * not null; null otherwise, and the general path decides (and words the error). Jayway would find the
     * same node: only its round trip through Java values (which turns JSON null into no value) is skipped.
     */
    private static JsonNode readSimple(String path, JsonNode root) {
        if (path.length() < 3 || path.charAt(1) != '.') {
            return null;
        }
        JsonNode current = root;
        int start = 2;
        while (true) {
            int end = start;
            while (end < path.length() && isNameChar(path.charAt(end), end == start)) {
                end++;
            }
            if (end == start || (end < path.length() && path.charAt(end) != '.')) {
                return null;
            }
            if (!(current instanceof ObjectNode object)) {
                return null;
            }
            current = object.get(path.substring(start, end));
            if (current == null || current.isNull()) {
                return null;
            }
            if (end == path.length()) {
                return current;
            }
            start = end + 1;
        }
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
    }

    /** Compiled paths are kept: definitions are few and their paths repeat on every state entry. */
    private static JsonPath compile(String path) {
        JsonPath cached = COMPILED.get(path);
        if (cached != null) {
            return cached;
        }
        JsonPath compiled = JsonPath.compile(path);
        if (COMPILED.size() >= MAX_CACHED) {
            COMPILED.clear();
        }
        COMPILED.put(path, compiled);
        return compiled;
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
