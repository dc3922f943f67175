package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.observability.Invocation;
import app.orderdesk.backend.observability.OrderMetric;
import app.orderdesk.backend.usecase.ReleaseStock;
import app.orderdesk.backend.usecase.TaskResult;

/** Workflow states ReleaseStock and DeclinePayment (compensation). */
public final class ReleaseStockTask extends WorkflowTask {

    private final ReleaseStock useCase;

    public ReleaseStockTask() {
        this(Production.releaseStock());
    }

    public ReleaseStockTask(ReleaseStock useCase) {
        this.useCase = useCase;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        return FinalStatuses.counted(useCase.execute(input.stepInput(JSON), input.outcome(), input.workflowError(JSON)));
    }

    @Override
    protected void record(TaskInput input, TaskResult result, Invocation call) {
        if (result.status() == null) {
            return;
        }
        call.count(OrderMetric.COMPENSATIONS);
        Outcomes.countFinalStatus(result, call);
    }
}
