package app.orderdesk.backend.entrypoint.workflow;

import app.orderdesk.api.ApiJson;
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
 * workflow's Retry and Catch match.
 */
public abstract class WorkflowTask implements RequestStreamHandler {

    static final ObjectMapper JSON = ApiJson.lenient();

    protected abstract TaskResult run(TaskInput input);

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        TaskInput taskInput;
        try {
            taskInput = JSON.readValue(input.readAllBytes(), TaskInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The workflow input is not the expected JSON object", e);
        }
        if (taskInput == null) {
            throw new IllegalArgumentException("The workflow input is empty");
        }
        output.write(JSON.writeValueAsBytes(run(taskInput)));
    }
}
