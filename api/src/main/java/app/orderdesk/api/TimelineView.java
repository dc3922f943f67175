package app.orderdesk.api;

import java.util.List;

/** The workflow timeline of one order; {@code executionStatus} is the Step Functions execution status. */
public record TimelineView(String orderId, String executionStatus, List<TimelineStep> steps) {}
