package app.orderdesk.localcloud.stepfunctions.asl.error;

/** Unwinds a running execution that timed out or was stopped; never caught by Retry or Catch. */
public final class ExecutionInterrupted extends RuntimeException {

    /** Why the execution ends. */
    public enum Reason { TIMED_OUT, ABORTED }

    private final Reason reason;

    public ExecutionInterrupted(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
