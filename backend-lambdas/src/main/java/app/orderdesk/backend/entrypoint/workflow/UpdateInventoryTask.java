package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.CommitStock;
import app.orderdesk.backend.usecase.TaskResult;

/** Workflow state UpdateInventory: commits the paid order's reserved stock. */
public final class UpdateInventoryTask extends WorkflowTask {

    private final CommitStock useCase;

    public UpdateInventoryTask() {
        this(Production.commitStock());
    }

    public UpdateInventoryTask(CommitStock useCase) {
        this.useCase = useCase;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        return useCase.execute(input.stepInput(JSON));
    }
}
