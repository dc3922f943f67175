package app.orderdesk.backend.usecase;

/**
 * The error a failed workflow step reported: {@code name} is the error name Step Functions matched
 * (an exception class name, {@code States.Timeout}…), {@code message} the exception's own message
 * when it could be read. Never holds a stack trace.
 */
public record WorkflowError(String name, String message) {

    public boolean is(Class<? extends Throwable> type) {
        return type.getName().equals(name);
    }
}
