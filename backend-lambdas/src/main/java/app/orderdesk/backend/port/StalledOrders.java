package app.orderdesk.backend.port;

import java.time.Instant;
import java.util.List;

/**
 * Orders stored but never started: RECEIVED, not accepted by any workflow run and not held for a retry.
 * PlaceOrder stores the order before it starts the workflow; a creator that dies in between leaves one,
 * and so does a caller that never retries. Read from the status index, never by scanning the table.
 */
public interface StalledOrders {

    /** Ids of such orders placed before {@code placedBefore}, oldest first, at most {@code limit}. */
    List<String> neverStarted(Instant placedBefore, int limit);
}
