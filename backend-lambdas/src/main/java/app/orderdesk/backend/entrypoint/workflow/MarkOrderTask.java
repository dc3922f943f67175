package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.observability.Invocation;
import app.orderdesk.backend.observability.OrderMetric;
import app.orderdesk.backend.usecase.HoldForRetry;
import app.orderdesk.backend.usecase.MarkOrder;
import app.orderdesk.backend.usecase.TaskResult;

/**
 * Workflow states RejectOrder, FailOrder, MarkOrderFailed and FlagFollowUp, and the retry path's
 * {@code <Step>OnHold} states (ADR 0013).
 */
public final class MarkOrderTask extends WorkflowTask {

    private final MarkOrder useCase;
    private final HoldForRetry holds;

    public MarkOrderTask() {
        this(Production.markOrder(), Production.holdForRetry());
    }

    /** Without the retry path: a hold input is refused. */
    public MarkOrderTask(MarkOrder useCase) {
        this(useCase, null);
    }

    public MarkOrderTask(MarkOrder useCase, HoldForRetry holds) {
        this.useCase = useCase;
        this.holds = holds;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        if (input.holdFor() != null) {
            if (holds == null) {
                throw new IllegalStateException("this MarkOrder task was built without the retry path");
            }
            return holds.hold(input.stepInput(JSON), input.holdFor(), input.workflowError(JSON));
        }
        return FinalStatuses.counted(useCase.execute(input.stepInput(JSON), input.status() == null ? null : OrderStatus.valueOf(input.status()), input.workflowError(JSON)));
    }

    @Override
    protected void record(TaskInput input, TaskResult result, Invocation call) {
        if (input.compensationFailed()) {
            call.count(OrderMetric.COMPENSATION_FAILURES);
        }
        if (input.holdFor() != null) {
            return; // held for a retry: not an end state
        }
        if (input.status() == null || result.status() == null) {
            return; // FlagFollowUp: a paid order with a note for support, not an end state
        }
        if (!input.isLastResort()) {
            call.count(OrderMetric.COMPENSATIONS); // RejectOrder, FailOrder
        }
        Outcomes.countFinalStatus(result, call);
    }
}
