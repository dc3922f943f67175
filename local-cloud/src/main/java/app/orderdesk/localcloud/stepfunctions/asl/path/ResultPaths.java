package app.orderdesk.localcloud.stepfunctions.asl.path;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Writes a state result into its input at a ResultPath, creating the objects on the way. */
public final class ResultPaths {

    private ResultPaths() {}

    /**
     * @param resultPath the path; {@code "$"} replaces the input
     * @return a new document; the input is not modified
     */
    public static JsonNode merge(JsonNode input, String resultPath, JsonNode result) {
        List<Object> segments = parse(resultPath);
        if (segments.isEmpty()) {
            return result;
        }
        JsonNode root = input != null && input.isContainerNode() ? input.deepCopy() : Json.object();
        if (!(root instanceof ObjectNode) && segments.getFirst() instanceof String) {
            root = Json.object();
        }
        JsonNode current = root;
        for (int i = 0; i < segments.size(); i++) {
            Object segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (segment instanceof String key) {
                if (!(current instanceof ObjectNode object)) {
                    throw new JsonPaths.PathException("Cannot set result at path " + resultPath);
                }
                if (last) {
                    object.set(key, result);
                } else {
                    JsonNode next = object.get(key);
                    if (next == null || !next.isContainerNode()) {
                        next = segments.get(i + 1) instanceof Integer ? Json.MAPPER.createArrayNode() : Json.object();
                        object.set(key, next);
                    }
                    current = next;
                }
            } else {
                int index = (Integer) segment;
                if (!(current instanceof ArrayNode array) || index < 0 || index >= array.size()) {
                    throw new JsonPaths.PathException("Cannot set result at path " + resultPath);
                }
                if (last) {
                    array.set(index, result);
                } else {
                    current = array.get(index);
                }
            }
        }
        return root;
    }

    /** The index of the bracket closing the one at {@code open}, skipping a quoted name. */
    private static int inner(String path, int open) {
        if (open + 1 < path.length() && (path.charAt(open + 1) == '\'' || path.charAt(open + 1) == '"')) {
            int close = path.indexOf(path.charAt(open + 1) + "]", open + 2);
            return close < 0 ? -1 : close + 1;
        }
        return path.indexOf(']', open);
    }

    /** Splits {@code $.a.b['c'][0]} into names and indexes; only definite paths are allowed. */
    static List<Object> parse(String path) {
        if (!path.startsWith("$")) {
            throw new JsonPaths.PathException("Invalid ResultPath: " + path);
        }
        List<Object> segments = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                segments.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int end = inner(path, i);
                if (end < 0) {
                    throw new JsonPaths.PathException("Invalid ResultPath: " + path);
                }
                String inner = path.substring(i + 1, end).trim();
                if (inner.startsWith("'") || inner.startsWith("\"")) {
                    segments.add(inner.substring(1, inner.length() - 1));
                } else {
                    segments.add(Integer.parseInt(inner));
                }
                i = end + 1;
            } else {
                throw new JsonPaths.PathException("Invalid ResultPath: " + path);
            }
        }
        return segments;
    }
}
