package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.observability.Invocation;
import app.orderdesk.backend.observability.OrderMetric;
import app.orderdesk.backend.usecase.TaskResult;

/** Counts the end state a compensation step left the order in. */
final class Outcomes {

    private Outcomes() {}

    static void countFinalStatus(TaskResult result, Invocation call) {
        switch (result.status()) {
            case PAYMENT_DECLINED -> call.count(OrderMetric.ORDERS_DECLINED);
            case REJECTED -> call.count(OrderMetric.ORDERS_REJECTED);
            case FAILED -> call.count(OrderMetric.ORDERS_FAILED);
            default -> { } // e.g. already CANCELLED by a manager: not an outcome of this workflow
        }
    }
}
