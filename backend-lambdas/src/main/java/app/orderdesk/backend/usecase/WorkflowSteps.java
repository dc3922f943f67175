package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The happy path's state names, and the steps a failure handler records for what never reached a
 * task of its own: the step that failed (its error in words), the ValidateOrder and SaveOrder steps
 * still carried in the state, SendNotification's outcome, and a failed compensation and its alert.
 */
final class WorkflowSteps {

    static final String VALIDATE = "ValidateOrder";
    static final String SAVE = "SaveOrder";
    static final String RESERVE = "ReserveStock";
    static final String PAY = "ProcessPayment";
    static final String COMMIT = "UpdateInventory";
    static final String NOTIFY = "SendNotification";
    static final String RECEIPT = "GenerateReceipt";
    static final String EMAIL = "EmailReceipt";

    private WorkflowSteps() {}

    /** The steps a handler writes with its own change: what failed, what it still carried, and itself. */
    static List<WorkflowStep> afterFailure(StepInput in, Order order, WorkflowError error, String ownName, Instant now) {
        List<WorkflowStep> steps = new ArrayList<>();
        // What it records for others had ended when the Catch handed the order to this state: so they end at its entry
        // (not at this write, after its own work), and a desk ordering steps by time keeps them before this one.
        Instant caught = in.enteredAt() != null ? in.enteredAt() : now;
        String failed = failedStep(in, order);
        if (!failed.equals(VALIDATE)) {
            // ValidateOrder and SaveOrder write nothing (ADR 0088): the step that failed was to record them.
            steps.addAll(in.carriedSteps(caught));
        }
        if (in.notification() != null && failed.equals(RECEIPT)) {
            steps.add(in.notification());
        }
        steps.add(WorkflowStep.failed(failed, 1, null, caught, error == null ? null : error.name(),
                FailureReasons.describe(error), FailureReasons.code(error)));
        if (in.lastResort() && in.compensationError() != null) {
            // The compensation failed, then the alert went out; both are recorded here, the only task left.
            steps.add(WorkflowStep.failed(compensationName(error, failed), 1, null, caught, in.compensationError().name(),
                    FailureReasons.describe(in.compensationError()), FailureReasons.code(in.compensationError())));
            steps.add(WorkflowStep.succeeded("CompensationFailed", 1, null, caught));
        } else if (in.lastResort() && failed.equals(COMMIT)) {
            steps.add(WorkflowStep.succeeded("AlertSupport", 1, null, caught));
        }
        steps.add(in.succeeded(ownName, now));
        return steps;
    }

    /**
     * The happy-path step that was running when the error was caught: the one after the status the
     * state carries (the previous task's answer), or after the record's status when nothing was carried.
     */
    static String failedStep(StepInput in, Order order) {
        OrderStatus status = in.facts() != null ? in.facts().status() : order.status();
        if (status == null) {
            return VALIDATE;
        }
        return switch (status) {
            case RECEIVED -> in.saved() != null ? RESERVE
                    : in.validated() != null ? SAVE
                    : in.facts() != null || order.acceptedAt() != null ? RESERVE : VALIDATE;
            case RESERVED -> PAY;
            case PAID -> COMMIT;
            case FULFILLED -> RECEIPT;
            case RECEIPT_READY -> EMAIL;
            default -> status.name();
        };
    }

    private static String compensationName(WorkflowError error, String failed) {
        if (error != null && error.is(OrderRejectedException.class)) {
            return "RejectOrder";
        }
        if (error != null && error.is(PaymentDeclinedException.class)) {
            return "DeclinePayment";
        }
        return failed.equals(RESERVE) || failed.equals(PAY) ? "ReleaseStock" : "FailOrder";
    }
}
