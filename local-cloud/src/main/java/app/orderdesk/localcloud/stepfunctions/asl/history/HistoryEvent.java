package app.orderdesk.localcloud.stepfunctions.asl.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One execution history event shaped like AWS's: {@code type} is the AWS event type name and
 * {@code detailsKey} the name of its details member (e.g. {@code stateEnteredEventDetails}), or null.
 */
public record HistoryEvent(long id, long previousEventId, Instant timestamp, String type,
                           String detailsKey, ObjectNode details) {}
