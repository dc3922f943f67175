package app.orderdesk.backend.observability;

import app.orderdesk.backend.env.Env;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.strategy.IgnoreErrorContextMissingStrategy;

/**
 * X-Ray through the SDK's global recorder. In Lambda (Tracing: Active) the runtime opens the
 * function's segment and each invocation adds one subsegment carrying the annotations. Anywhere
 * else there is no segment: the subsegment is a no-op (context missing is ignored, never an error)
 * and nothing is sent; spans would only ever go by UDP to the daemon address (127.0.0.1:2000 unless
 * AWS_XRAY_DAEMON_ADDRESS says otherwise), never over the network to X-Ray.
 */
final class Tracing {

    static {
        // The SDK builds its global recorder once, when AWSXRay loads; configure that one rather than
        // build a second (start-up time). AWS_XRAY_CONTEXT_MISSING, when set, keeps the last word.
        if (Env.optional("AWS_XRAY_CONTEXT_MISSING").isEmpty()) {
            AWSXRay.getGlobalRecorder().setContextMissingStrategy(new IgnoreErrorContextMissingStrategy());
        }
    }

    private Tracing() {}

    /** Loads and configures the recorder (in the init phase, so SnapStart keeps it in the snapshot). */
    static void init() {
        // the static initialiser does the work
    }

    static Subsegment begin(String name) {
        return AWSXRay.getGlobalRecorder().beginSubsegment(name);
    }

    static void end(Subsegment subsegment) {
        subsegment.close();
    }
}
