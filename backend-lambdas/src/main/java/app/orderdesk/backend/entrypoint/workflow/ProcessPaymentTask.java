package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ProcessPayment;
import app.orderdesk.backend.usecase.TaskResult;

/** Workflow state ProcessPayment. */
public final class ProcessPaymentTask extends WorkflowTask {

    private final ProcessPayment useCase;

    public ProcessPaymentTask() {
        this(Production.processPayment());
    }

    public ProcessPaymentTask(ProcessPayment useCase) {
        this.useCase = useCase;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        return useCase.execute(input.stepInput(JSON));
    }
}
