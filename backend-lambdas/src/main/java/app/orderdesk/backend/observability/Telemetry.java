package app.orderdesk.backend.observability;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The entry points' one door to logs, metrics and traces. A handler opens an {@link Invocation} per
 * call and closes it when done; domain and use cases never see any of this.
 */
public final class Telemetry {

    static final Logger LOG = LogManager.getLogger("app.orderdesk");

    private Telemetry() {}

    /**
     * Sets up logging and metrics now. Handlers call it from their constructor, i.e. in the
     * Lambda init phase, which SnapStart snapshots; otherwise the first order would pay for it.
     */
    public static void warmUp() {
        Metrics.warmUp();
    }

    /**
     * Opens the telemetry of one invocation on the calling thread.
     *
     * @param operation what runs, e.g. the handler's simple class name (the X-Ray subsegment's name)
     * @param context the Lambda context; {@code null} in unit tests
     */
    public static Invocation begin(String operation, Context context) {
        return Invocation.open(operation, context);
    }

    /** The invocation open on this thread, if any (e.g. for a port decorator that counts an event). */
    public static Optional<Invocation> current() {
        return Optional.ofNullable(Invocation.CURRENT.get());
    }

    /** Logs an unexpected failure as one JSON line with the invocation's order, request and execution. */
    public static void error(String message, Throwable failure) {
        LOG.error(message, failure);
    }

    /** Logs one JSON line with the invocation's order, request and execution. */
    public static void info(String message) {
        LOG.info(message);
    }
}
