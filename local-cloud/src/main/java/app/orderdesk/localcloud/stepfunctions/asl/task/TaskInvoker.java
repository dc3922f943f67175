package app.orderdesk.localcloud.stepfunctions.asl.task;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls a Task's resource (Lambda in both styles, or another service integration) and shapes its result. */
public final class TaskInvoker {

    /** The Step Functions payload limit, in bytes. */
    public static final int MAX_PAYLOAD_BYTES = 262_144;

    private final LambdaBackend lambda;
    private final ServiceIntegrations services;

    public TaskInvoker(LambdaBackend lambda, ServiceIntegrations services) {
        this.lambda = lambda;
        this.services = services;
    }

    /**
     * @return the task result
     * @throws StatesError the task's failure (catchable)
     */
    public JsonNode invoke(TaskResource resource, JsonNode parameters) {
        return switch (resource.kind()) {
            case LAMBDA_FUNCTION_ARN -> invokeFunctionArn(resource, parameters);
            case LAMBDA_INVOKE -> invokeOptimised(parameters);
            case SERVICE -> callService(resource, parameters);
        };
    }

    private JsonNode invokeFunctionArn(TaskResource resource, JsonNode event) {
        LambdaResponse response = lambda.invoke(resource.arn(), Json.write(event));
        return switch (response) {
            case LambdaResponse.Success success -> {
                checkSize(success.body(), resource.arn());
                yield parseBody(success.body());
            }
            // The legacy form passes the runtime's error payload through as the cause, unchanged.
            case LambdaResponse.FunctionError error -> throw StatesError.of(error.errorType(), error.errorPayload());
            case LambdaResponse.NotFound notFound -> throw notFound(notFound.functionArn());
        };
    }

    private JsonNode invokeOptimised(JsonNode parameters) {
        JsonNode functionName = parameters.get("FunctionName");
        if (functionName == null || !functionName.isTextual()) {
            throw StatesError.of("States.Runtime", "The field 'FunctionName' is required");
        }
        LambdaResponse response = lambda.invoke(functionName.textValue(), requestBody(parameters.get("Payload")));
        return switch (response) {
            case LambdaResponse.Success success -> {
                checkSize(success.body(), "lambda");
                ObjectNode result = Json.object();
                result.put("ExecutedVersion", "$LATEST");
                result.set("Payload", parseBody(success.body()));
                result.put("StatusCode", 200);
                if ("Tail".equals(parameters.path("LogType").asText())) {
                    result.put("LogResult", Base64.getEncoder().encodeToString(
                            "START\nEND\n".getBytes(StandardCharsets.UTF_8)));
                }
                yield result;
            }
            // The optimised form reports the error payload as compact JSON.
            case LambdaResponse.FunctionError error -> throw StatesError.of(error.errorType(), compact(error.errorPayload()));
            case LambdaResponse.NotFound notFound -> throw notFound(notFound.functionArn());
        };
    }

    /** Absent or null Payload becomes {}, a string is sent as raw text, anything else as JSON. */
    static String requestBody(JsonNode payload) {
        if (payload == null || payload.isNull()) {
            return "{}";
        }
        return payload.isTextual() ? payload.textValue() : Json.write(payload);
    }

    private JsonNode callService(TaskResource resource, JsonNode parameters) {
        try {
            return services.call(resource.resourceType(), resource.resource(), parameters);
        } catch (ServiceIntegrations.ServiceIntegrationException e) {
            throw StatesError.of(e.error(), e.causeText());
        }
    }

    private static void checkSize(String body, String what) {
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw StatesError.of(StatesError.DATA_LIMIT, "The state/task '" + what
                    + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        }
    }

    private static JsonNode parseBody(String body) {
        if (body == null || body.isBlank()) {
            return Json.MAPPER.nullNode();
        }
        try {
            return Json.parse(body);
        } catch (IllegalArgumentException e) {
            return Json.MAPPER.getNodeFactory().textNode(body);
        }
    }

    private static String compact(String payload) {
        try {
            return Json.write(Json.parse(payload));
        } catch (IllegalArgumentException e) {
            return payload;
        }
    }

    private static StatesError notFound(String functionArn) {
        return StatesError.of("Lambda.ResourceNotFoundException", "Function not found: " + functionArn
                + ":$LATEST (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: "
                + java.util.UUID.randomUUID() + "; Proxy: null)");
    }
}
