package app.orderdesk.backend.port;

/** Stops an order's workflow execution; stopping one that never started or already ended is harmless. */
public interface WorkflowControl {
    void stop(String orderId, String cause);
}
