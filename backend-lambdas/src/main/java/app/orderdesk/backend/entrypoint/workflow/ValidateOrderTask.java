package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ValidateOrder;
import app.orderdesk.backend.usecase.TaskResult;

/** Workflow state ValidateOrder. */
public final class ValidateOrderTask extends WorkflowTask {

    private final ValidateOrder useCase;

    public ValidateOrderTask() {
        this(Production.validateOrder());
    }

    public ValidateOrderTask(ValidateOrder useCase) {
        this.useCase = useCase;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        return useCase.execute(input.stepInput(JSON));
    }
}
