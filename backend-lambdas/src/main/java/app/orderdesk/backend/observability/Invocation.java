package app.orderdesk.backend.observability;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import org.apache.logging.log4j.ThreadContext;

/**
 * The telemetry of one Lambda invocation: the keys every log line carries (function, requestId,
 * orderId, executionArn, and when X-Ray records it the traceId), one X-Ray subsegment annotated with
 * orderId, executionArn and outcome (ADR 0077), and the metrics, written as one embedded-metric-format
 * line when the invocation closes.
 */
public final class Invocation implements AutoCloseable {

    static final ThreadLocal<Invocation> CURRENT = new ThreadLocal<>();

    static final String FUNCTION = "function";
    static final String REQUEST_ID = "requestId";
    static final String AWS_REQUEST_ID = "awsRequestId";
    static final String ORDER_ID = "orderId";
    static final String EXECUTION_ARN = "executionArn";
    static final String TRACE_ID = "traceId";
    /** Order ids are UUIDs; X-Ray keeps annotation values up to 1,000 characters. */
    static final int MAX_ID_LENGTH = 128;

    private final String operation;
    private final TraceSubsegment subsegment;
    private final Metrics metrics = new Metrics();
    private String outcome;

    private Invocation(String operation, Context context) {
        this.operation = operation;
        ThreadContext.clearMap();
        String function = context != null ? context.getFunctionName() : operation;
        put(FUNCTION, function);
        if (context != null) {
            // For a workflow task the Lambda request id is the request id; an API handler replaces it
            // with API Gateway's and keeps Lambda's as awsRequestId.
            put(REQUEST_ID, context.getAwsRequestId());
            put(AWS_REQUEST_ID, context.getAwsRequestId());
        }
        TraceHeader trace = TraceHeader.current().filter(TraceHeader::sampled).orElse(null);
        if (trace != null) {
            put(TRACE_ID, trace.traceId());
        }
        metrics.property(FUNCTION, function);
        this.subsegment = trace == null ? TraceSubsegment.NONE : TraceSubsegment.begin(operation, trace);
    }

    static Invocation open(String operation, Context context) {
        Invocation invocation = new Invocation(operation, context);
        CURRENT.set(invocation);
        return invocation;
    }

    /** API Gateway's request id (the one in the access log and the x-amzn-RequestId header). */
    public Invocation requestId(String requestId) {
        put(REQUEST_ID, requestId);
        return this;
    }

    /** The order this invocation works on: on every later log line, the trace and the metrics. */
    public Invocation order(String orderId) {
        if (orderId != null && !orderId.isBlank()) {
            String id = bounded(orderId);
            put(ORDER_ID, id);
            subsegment.annotate(ORDER_ID, id);
        }
        return this;
    }

    /** A path parameter is caller input: never let it make a log line or an annotation huge. */
    private static String bounded(String value) {
        return value.length() <= MAX_ID_LENGTH ? value : value.substring(0, MAX_ID_LENGTH) + "...";
    }

    /** The Step Functions execution that invoked this task. */
    public Invocation executionArn(String executionArn) {
        if (executionArn != null && !executionArn.isBlank()) {
            put(EXECUTION_ARN, executionArn);
            subsegment.annotate(EXECUTION_ARN, executionArn);
        }
        return this;
    }

    /** How the invocation ended: an order status, an HTTP status, or the exception's name. */
    public Invocation outcome(String outcome) {
        this.outcome = outcome;
        subsegment.annotate("outcome", outcome);
        return this;
    }

    /** The invocation failed with an exception that propagates (a workflow task's Retry/Catch sees it). */
    public Invocation failed(Throwable failure) {
        outcome(failure.getClass().getSimpleName());
        subsegment.failed(failure);
        // The class name alone says "transient" but not what: the finished line carries the causes' messages.
        put("cause", causes(failure));
        return this;
    }

    /** The messages down the cause chain ("ValidateOrder BatchGetItem could not reach the service ← Read timed out"), bounded. */
    static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.length() > 500 ? text.substring(0, 500) + "..." : text.toString();
    }

    public Invocation count(OrderMetric metric) {
        metrics.add(metric, 1);
        return this;
    }

    public Invocation latency(Duration duration) {
        metrics.add(OrderMetric.ORDER_LATENCY, Math.max(0, duration.toMillis()));
        return this;
    }

    /** One line per invocation, then the metrics line; the thread is left clean for the next call. */
    @Override
    public void close() {
        try {
            Telemetry.LOG.info("{} finished: {}", operation, outcome == null ? "unknown" : outcome);
            metrics.property(REQUEST_ID, ThreadContext.get(REQUEST_ID));
            metrics.property(ORDER_ID, ThreadContext.get(ORDER_ID));
            metrics.property(EXECUTION_ARN, ThreadContext.get(EXECUTION_ARN));
            metrics.property(TRACE_ID, ThreadContext.get(TRACE_ID));
            metrics.property("outcome", outcome);
            metrics.flush();
        } finally {
            try {
                subsegment.end();
            } finally {
                ThreadContext.clearMap();
                CURRENT.remove();
            }
        }
    }

    private static void put(String key, String value) {
        if (value != null) {
            ThreadContext.put(key, value);
        }
    }
}
