package app.orderdesk.backend.observability;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The X-Ray trace of the invocation running now, as Lambda hands it over with {@code Tracing: Active}
 * ({@code Root=1-…;Parent=<the function's segment>;Sampled=1}): the Java runtime sets this system property
 * before each call (a process cannot change its own environment, so {@code _X_AMZN_TRACE_ID} would be stale).
 * Locally nothing sets it: no trace id on the lines and no subsegment (ADR 0077).
 *
 * @param traceId the root, {@code 1-<8 hex: epoch seconds>-<24 hex>}, as X-Ray's console and API take it
 * @param parentId the function's segment, {@code null} when the header names none
 * @param sampled whether X-Ray records this trace; an unsampled trace is never shown, so it is never named
 */
record TraceHeader(String traceId, String parentId, boolean sampled) {

    static final String PROPERTY = "com.amazonaws.xray.traceHeader";

    private static final Pattern ROOT = field("Root", "1-[0-9a-f]{8}-[0-9a-f]{24}");
    private static final Pattern PARENT = field("Parent", "[0-9a-f]{16}");
    private static final Pattern SAMPLED = field("Sampled", "[01?]");

    private static Pattern field(String key, String value) {
        return Pattern.compile("(?:^|;)\\s*" + key + "=(" + value + ")\\s*(?:;|$)");
    }

    static Optional<TraceHeader> current() {
        return parse(System.getProperty(PROPERTY));
    }

    /** Empty when the header has no well-formed root; Lambda's headers are bounded, anything longer is not one. */
    static Optional<TraceHeader> parse(String header) {
        if (header == null || header.length() > 1024) {
            return Optional.empty();
        }
        return find(ROOT, header).map(root -> new TraceHeader(root, find(PARENT, header).orElse(null),
                find(SAMPLED, header).filter("1"::equals).isPresent()));
    }

    private static Optional<String> find(Pattern pattern, String header) {
        Matcher m = pattern.matcher(header);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A subsegment needs a recorded trace and the segment to hang under. */
    boolean recordsSubsegments() {
        return sampled && parentId != null;
    }
}
