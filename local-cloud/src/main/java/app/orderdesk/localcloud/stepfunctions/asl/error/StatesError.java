package app.orderdesk.localcloud.stepfunctions.asl.error;

/**
 * A failure with an ASL error name and optional cause, as Retry, Catch and the execution result see it.
 * {@code catchable} is false for failures AWS reports without consulting the state's Catch (path
 * processing errors and payload limits outside a task call).
 */
public final class StatesError extends RuntimeException {

    public static final String RUNTIME = "States.Runtime";
    public static final String TIMEOUT = "States.Timeout";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String DATA_LIMIT = "States.DataLimitExceeded";
    public static final String ALL = "States.ALL";

    private final String error;
    private final String causeText;
    private final boolean catchable;

    public StatesError(String error, String causeText, boolean catchable) {
        super(error + (causeText == null ? "" : ": " + causeText), null, false, false);
        this.error = error;
        this.causeText = causeText;
        this.catchable = catchable;
    }

    /** A catchable failure of a task or branch. */
    public static StatesError of(String error, String causeText) {
        return new StatesError(error, causeText, true);
    }

    /** An uncatchable States.Runtime failure; the state-name prefix is added by the state runner. */
    public static StatesError runtime(String message) {
        return new StatesError(RUNTIME, message, false);
    }

    public String error() {
        return error;
    }

    public String causeText() {
        return causeText;
    }

    public boolean catchable() {
        return catchable;
    }

    public StatesError withCause(String newCause) {
        return new StatesError(error, newCause, catchable);
    }
}
