package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.observability.Invocation;
import app.orderdesk.backend.observability.OrderMetric;
import app.orderdesk.backend.usecase.MarkOrder;
import app.orderdesk.backend.usecase.TaskResult;

/** Workflow states RejectOrder, FailOrder, MarkOrderFailed and FlagFollowUp. */
public final class MarkOrderTask extends WorkflowTask {

    private final MarkOrder useCase;

    public MarkOrderTask() {
        this(Production.markOrder());
    }

    public MarkOrderTask(MarkOrder useCase) {
        this.useCase = useCase;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        return FinalStatuses.counted(useCase.execute(input.stepInput(JSON), input.status() == null ? null : OrderStatus.valueOf(input.status()), input.workflowError(JSON)));
    }

    @Override
    protected void record(TaskInput input, TaskResult result, Invocation call) {
        if (input.compensationFailed()) {
            call.count(OrderMetric.COMPENSATION_FAILURES);
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
