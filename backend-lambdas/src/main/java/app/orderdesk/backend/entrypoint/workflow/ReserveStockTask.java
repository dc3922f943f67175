package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ReserveStock;
import app.orderdesk.backend.usecase.TaskResult;

/** Workflow state ReserveStock. */
public final class ReserveStockTask extends WorkflowTask {

    private final ReserveStock useCase;

    public ReserveStockTask() {
        this(Production.reserveStock());
    }

    public ReserveStockTask(ReserveStock useCase) {
        this.useCase = useCase;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        return useCase.execute(input.stepInput(JSON));
    }
}
