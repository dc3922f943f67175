package app.orderdesk.backend.errors;

/**
 * Ends a workflow execution on purpose at its AwaitRetry state: a step gave up after its retries and
 * the order is held (stock kept) until support retries it (RedriveExecution runs AwaitRetry again,
 * which then lets the failed step run once more) or cancels it. Neither retried nor caught by the
 * workflow: the execution must end FAILED at AwaitRetry so a redrive starts there (ADR 0013).
 */
public class OrderAwaitsRetryException extends RuntimeException {
    public OrderAwaitsRetryException(String message) {
        super(message);
    }
}
