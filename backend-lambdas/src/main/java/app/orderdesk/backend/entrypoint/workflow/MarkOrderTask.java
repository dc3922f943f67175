package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.MarkOrder;
import app.orderdesk.backend.usecase.TaskResult;
import app.orderdesk.backend.domain.OrderStatus;

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
        return useCase.execute(input.orderId(), input.status() == null ? null : OrderStatus.valueOf(input.status()), input.workflowError(JSON));
    }
}
