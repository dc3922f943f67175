package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.GenerateReceipt;
import app.orderdesk.backend.usecase.TaskResult;

/** Workflow state GenerateReceipt. */
public final class GenerateReceiptTask extends WorkflowTask {

    private final GenerateReceipt useCase;

    public GenerateReceiptTask() {
        this(Production.generateReceipt());
    }

    public GenerateReceiptTask(GenerateReceipt useCase) {
        this.useCase = useCase;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        return useCase.execute(input.stepInput(JSON));
    }
}
