package app.orderdesk.backend.port;

/** Starts the order workflow; starting twice for the same order is harmless. */
public interface WorkflowStarter {
    void start(String orderId);
}
