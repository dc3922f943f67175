package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
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

    private static Optional<RecordOrderOutcome> recorder() {
        Optional<RecordOrderOutcome> built = recorder;
        if (built == null) {
            built = Production.recordOrderOutcome();
            recorder = built;
        }
        return built;
    }
}
