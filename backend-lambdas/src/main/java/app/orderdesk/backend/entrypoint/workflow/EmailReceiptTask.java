package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.EmailReceipt;
import app.orderdesk.backend.usecase.TaskResult;

/** Workflow state EmailReceipt. */
public final class EmailReceiptTask extends WorkflowTask {

    private final EmailReceipt useCase;

    public EmailReceiptTask() {
        this(Production.emailReceipt());
    }

    public EmailReceiptTask(EmailReceipt useCase) {
        this.useCase = useCase;
    }

    @Override
    protected TaskResult run(TaskInput input) {
        return useCase.execute(input.orderId());
    }
}
