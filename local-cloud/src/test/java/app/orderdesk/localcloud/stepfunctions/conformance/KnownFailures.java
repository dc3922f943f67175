package app.orderdesk.localcloud.stepfunctions.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reviewed list of conformance cases the engine is allowed to fail, each with its reason
 * ({@code asl/conformance-known-failures.tsv} on the test classpath: {@code <case id> TAB <reason>}).
 */
public final class KnownFailures {

    public static final String RESOURCE = "/asl/conformance-known-failures.tsv";

    private KnownFailures() {}

    /** Case id to reason, in file order; a malformed line (no tab, blank reason, duplicate id) is an error. */
    public static Map<String, String> load() {
        try (InputStream in = KnownFailures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> parse(String text) {
        Map<String, String> reasons = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String id = tab < 0 ? line.strip() : line.substring(0, tab).strip();
            String reason = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (reason.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": '" + id
                        + "' has no reason (expected <case id> TAB <reason>)");
            }
            if (reasons.putIfAbsent(id, reason) != null) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": '" + id + "' is listed twice");
            }
        }
        return reasons;
    }
}
