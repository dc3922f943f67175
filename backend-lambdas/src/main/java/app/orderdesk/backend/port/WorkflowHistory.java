package app.orderdesk.backend.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads what the order's workflow execution did, event by event. */
public interface WorkflowHistory {

    /** All events of the order's execution in order, or empty when it was never started. */
    Optional<List<Event>> events(String orderId);

    /**
     * One history event, reduced to what a timeline needs: the AWS event {@code type}
     * (e.g. TaskStateEntered, LambdaFunctionFailed), the state name for Entered/Exited events,
     * and error/cause for failure events.
     */
    record Event(long id, String type, Instant timestamp, String stateName, String error, String cause) {}
}
