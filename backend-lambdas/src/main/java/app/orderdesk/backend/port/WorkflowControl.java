package app.orderdesk.backend.port;

/** Stops or redrives an order's workflow execution; stopping one that never started or already ended is harmless. */
public interface WorkflowControl {
    void stop(String orderId, String cause);

    /**
     * Redrives the order's ended execution from the step that failed (Step Functions RedriveExecution).
     * A redrive already running answers {@link Redrive.Outcome#ALREADY_RUNNING} with its count instead
     * of starting another.
     */
    default Redrive redrive(String orderId) {
        throw new UnsupportedOperationException("redrive is not supported by " + getClass().getName());
    }

    /** What a redrive request did; {@code reason} says why when the outcome is NOT_REDRIVABLE. */
    record Redrive(Outcome outcome, int redriveCount, String reason) {

        public enum Outcome { STARTED, ALREADY_RUNNING, NOT_REDRIVABLE }

        public static Redrive started(int count) {
            return new Redrive(Outcome.STARTED, count, null);
        }

        public static Redrive alreadyRunning(int count) {
            return new Redrive(Outcome.ALREADY_RUNNING, count, null);
        }

        public static Redrive notRedrivable(String reason) {
            return new Redrive(Outcome.NOT_REDRIVABLE, 0, reason);
        }
    }
}
