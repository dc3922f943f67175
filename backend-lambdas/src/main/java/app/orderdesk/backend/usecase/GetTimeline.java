package app.orderdesk.backend.usecase;

import app.orderdesk.api.TimelineStep;
import app.orderdesk.api.TimelineView;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.WorkflowHistory;
import java.util.ArrayList;
import java.util.List;

/** GET /orders/{id}/timeline: the order's workflow steps with times, attempts and errors. */
public final class GetTimeline {

    static final String NOT_STARTED = "NOT_STARTED";

    private final OrderRepository orders;
    private final WorkflowHistory history;

    public GetTimeline(OrderRepository orders, WorkflowHistory history) {
        this.orders = orders;
        this.history = history;
    }

    public TimelineView execute(String orderId) {
        String id = OrderIds.require(orderId);
        if (orders.find(id).isEmpty()) {
            throw NotFoundException.order(id);
        }
        var events = history.events(id);
        if (events.isEmpty()) {
            return new TimelineView(id, NOT_STARTED, List.of());
        }
        List<TimelineStep> steps = new ArrayList<>();
        String status = TimelineBuilder.build(events.get(), steps);
        return new TimelineView(id, status, List.copyOf(steps));
    }
}
