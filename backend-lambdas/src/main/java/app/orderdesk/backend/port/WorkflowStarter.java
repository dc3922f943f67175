package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Order;

/**
 * Starts the order workflow. The workflow is EXPRESS: a start is not idempotent in Step Functions, so a
 * repeated start runs the workflow again — harmless, because every step is idempotent per order (ADR 0018).
 */
public interface WorkflowStarter {
    void start(String orderId);

    /**
     * Starts it with what the first steps need already in its state (number, total, creation time,
     * lines: product, quantity, label — no customer data, no payment token), so they need not read
     * the order record. The input is made from the stored order alone, so a repeated start is the same.
     */
    default void start(Order order) {
        start(order.orderId());
    }

    /**
     * Retries a held order (ADR 0013): a new execution, named after the order and {@code attempt}, whose
     * input is the order's facts from its record plus {@code resumeAt} = {@code step}, so the workflow
     * resumes at the step that gave up and the steps before it are not run again. (A default only so a starter
     * that never retries — the bench's floor — can stay a lambda.)
     */
    default void resume(Order order, String step, int attempt) {
        throw new UnsupportedOperationException("resume is not supported by " + getClass().getName());
    }
}
