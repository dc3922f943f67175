package app.orderdesk.localcloud.stepfunctions.properties;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.time.VirtualExecutionClock;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fakes generated Task states call, one set per execution: Lambda functions that echo, fail with a
 * named error, fail twice and then succeed, take 10 virtual seconds, or do not exist; and an SNS topic
 * that exists next to one that does not.
 */
final class StubBackends {

    /** Every error name a generated Task can end with. */
    static final List<String> TASK_ERRORS = List.of("ErrA", "ErrB", "Flaky", "States.Timeout", "States.TaskFailed",
            "Lambda.ResourceNotFoundException", "SNS.NotFoundException");

    private final VirtualExecutionClock clock;
    private final AtomicInteger flakyCalls = new AtomicInteger();

    StubBackends(VirtualExecutionClock clock) {
        this.clock = clock;
    }

    LambdaBackend lambda() {
        return (nameOrArn, payload) -> {
            String name = nameOrArn.contains(":function:") ? nameOrArn.split(":")[6] : nameOrArn;
            return switch (name) {
                case "echo" -> new LambdaBackend.LambdaResponse.Success(payload);
                case "fail-a" -> error("ErrA");
                case "fail-b" -> error("ErrB");
                case "flaky" -> flakyCalls.incrementAndGet() <= 2 ? error("Flaky") : new LambdaBackend.LambdaResponse.Success(payload);
                // A backend that breaks (an SDK client failure, a defect): the task must fail, not the engine.
                case "explode" -> throw new IllegalStateException("backend connection reset");
                case "slow" -> {
                    clock.sleep(Duration.ofSeconds(10));
                    yield new LambdaBackend.LambdaResponse.Success(payload);
                }
                default -> new LambdaBackend.LambdaResponse.NotFound("arn:aws:lambda:us-east-1:111111111111:function:" + name);
            };
        };
    }

    ServiceIntegrations services() {
        return (service, action, parameters) -> {
            if (!(service + ":" + action).equals("sns:publish")) {
                throw new IllegalStateException("generated definitions only publish to SNS, not " + service + ":" + action);
            }
            if (!AslGenerator.TOPIC.equals(parameters.path("TopicArn").asText())) {
                throw new ServiceIntegrations.ServiceIntegrationException("SNS.NotFoundException",
                        "Topic does not exist (Service: AmazonSNS; Status Code: 404; Error Code: NotFound; Request ID: "
                                + UUID.randomUUID() + "; Proxy: null)");
            }
            JsonNode result = Json.object().put("MessageId", UUID.randomUUID().toString());
            return result;
        };
    }

    private static LambdaBackend.LambdaResponse error(String type) {
        return new LambdaBackend.LambdaResponse.FunctionError(type, "{\"errorMessage\": \"failed\", \"errorType\": \""
                + type + "\", \"requestId\": \"" + UUID.randomUUID() + "\", \"stackTrace\": []}");
    }
}
