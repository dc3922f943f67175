package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.api.ApiJson;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.entrypoint.SnapStartPriming;
import app.orderdesk.backend.observability.Invocation;
import app.orderdesk.backend.observability.Telemetry;
import app.orderdesk.backend.usecase.StepInput;
import app.orderdesk.backend.usecase.TaskResult;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Base of every workflow task: reads the state input leniently, runs one use case and writes its
 * {@link TaskResult}. Exceptions propagate on purpose: Lambda reports the class name, which the
 * workflow's Retry and Catch match. Every call logs with the order id and the execution ARN, is
 * traced with the order id and its outcome, and records the metrics its task defines.
 */
public abstract class WorkflowTask implements RequestStreamHandler {

    static final ObjectMapper JSON = ApiJson.lenient();

    /** The shape of a real state input (carried facts, step context), for SnapStart's priming. */
    private static final String PRIMING_INPUT = "{\"orderId\":\"snapstart-priming\",\"executionArn\":\"arn:aws:states:::execution:priming\","
            + "\"step\":\"Priming\",\"enteredAt\":\"2026-01-01T00:00:00Z\",\"retryCount\":0,"
            + "\"carried\":{\"orderId\":\"snapstart-priming\",\"orderNumber\":\"1\",\"totalCents\":100,\"createdAt\":\"2026-01-01T00:00:00Z\",\"status\":\"RECEIVED\",\"lines\":[{\"productId\":\"p\",\"quantity\":1,\"label\":\"P\"}]}}";

    private final SnapStartPriming priming;

    protected WorkflowTask() {
        Telemetry.warmUp();
        this.priming = SnapStartPriming.register(this::prime);
    }

    /**
     * What SnapStart runs before the snapshot: reading a state input the way a real one is read
     * (including the carried facts) — no use case runs, so no AWS service is called.
     */
    public final StepInput prime() {
        try {
            return JSON.readValue(PRIMING_INPUT, TaskInput.class).stepInput(JSON);
        } catch (IOException e) {
            throw new IllegalStateException("priming input unreadable", e);
        }
    }

    protected abstract TaskResult run(TaskInput input);

    /** The business metrics this task's result stands for; none by default. */
    protected void record(TaskInput input, TaskResult result, Invocation call) {}

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        try (Invocation call = Telemetry.begin(getClass().getSimpleName(), context)) {
            try {
                TaskInput taskInput = read(input);
                call.order(taskInput.orderId()).executionArn(taskInput.executionArn());
                // h-c: a step that moves stock and the order announces both in one message (ADR 0040).
                TaskResult result = Production.announcingTogether(() -> run(taskInput));
                call.outcome(result.status() == null ? "NO_ORDER" : result.status().name());
                record(taskInput, result, call);
                output.write(JSON.writeValueAsBytes(result));
            } catch (IOException | RuntimeException failure) {
                call.failed(failure);
                throw failure;
            }
        }
    }

    private static TaskInput read(InputStream input) throws IOException {
        TaskInput taskInput;
        try {
            taskInput = JSON.readValue(input.readAllBytes(), TaskInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The workflow input is not the expected JSON object", e);
        }
        if (taskInput == null) {
            throw new IllegalArgumentException("The workflow input is empty");
        }
        return taskInput;
    }
}
