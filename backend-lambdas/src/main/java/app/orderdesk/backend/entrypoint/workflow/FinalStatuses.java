package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.usecase.RecordOrderOutcome;
import app.orderdesk.backend.usecase.TaskResult;
import java.util.Optional;

/**
 * Counts an order's end in the dashboard's daily totals when a task leaves it in a final status
 * (EmailReceipt: COMPLETED; MarkOrder and ReleaseStock: REJECTED, PAYMENT_DECLINED, FAILED). One call
 * in each of those tasks, so the workflow's ASL needs no extra state. Built on first use from the
 * function's configuration; a function without DAILY_TOTALS_TABLE (unit tests of the tasks) counts
 * nothing. A failure propagates: the task fails and the workflow's Retry repeats it, and the count
 * is idempotent per order.
 */
final class FinalStatuses {

    private static volatile Optional<RecordOrderOutcome> recorder;

    private FinalStatuses() {}

    static TaskResult counted(TaskResult result) {
        if (result.status() != null && result.status().isFinal()) {
            recorder().ifPresent(r -> r.execute(result.orderId()));
        }
        return result;
    }

    /**
     * As {@link #counted(TaskResult)}, for a task that holds the order's record and wrote (or found) the
     * result's status with a conditional write: counts from that record, without reading the order again.
     */
    static TaskResult counted(TaskResult result, Order record) {
        if (result.status() != null && result.status().isFinal()) {
            recorder().ifPresent(r -> r.execute(record, result.status()));
        }
        return result;
    }

    private static Optional<RecordOrderOutcome> recorder() {
        Optional<RecordOrderOutcome> built = recorder;
        if (built == null) {
            built = Production.recordOrderOutcome();
            recorder = built;
        }
        return built;
    }
}
