package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.SaveOrder;
import app.orderdesk.backend.usecase.TaskResult;

/** Workflow state SaveOrder. */
public final class SaveOrderTask extends WorkflowTask {

    private final SaveOrder useCase;

    public SaveOrderTask() {
        this(Production.saveOrder());
    }

    public SaveOrderTask(SaveOrder useCase) {
        this.useCase = useCase;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        return useCase.execute(input.stepInput(JSON));
    }
}
