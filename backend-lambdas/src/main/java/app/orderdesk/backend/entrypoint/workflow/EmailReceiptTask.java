package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.observability.Invocation;
import app.orderdesk.backend.observability.OrderMetric;
import app.orderdesk.backend.usecase.EmailReceipt;
import app.orderdesk.backend.usecase.TaskResult;
import java.time.Duration;
import java.time.Instant;

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
        EmailReceipt.Done done = useCase.run(input.stepInput(JSON), input.executionArn());
        return FinalStatuses.counted(done.result(), done.record());
    }

    @Override
    protected void record(TaskInput input, TaskResult result, Invocation call) {
        if (result.status() == OrderStatus.COMPLETED) {
            call.count(OrderMetric.ORDERS_COMPLETED);
            if (input.startedAt() != null) {
                call.latency(Duration.between(Instant.parse(input.startedAt()), Instant.now()));
            }
        }
    }
}
