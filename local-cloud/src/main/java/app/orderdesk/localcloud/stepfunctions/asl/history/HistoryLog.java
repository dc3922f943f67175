package app.orderdesk.localcloud.stepfunctions.asl.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only, thread-safe event history of one execution; ids start at 1 as in AWS. */
public final class HistoryLog {

    private final List<HistoryEvent> events = new ArrayList<>();

    /** Appends an event and returns its id. */
    public synchronized long add(Instant timestamp, String type, String detailsKey, ObjectNode details) {
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, id - 1, timestamp, type, detailsKey, details));
        return id;
    }

    public synchronized List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    public synchronized int size() {
        return events.size();
    }
}
