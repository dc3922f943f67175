package app.orderdesk.localcloud.stepfunctions.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** RedriveExecution through the AWS SDK: same execution, continues from the failed state, AWS's refusals. */
class RedriveExecutionSdkTest {

    private static final String DEFINITION = """
            {"StartAt": "Prepare", "States": {
              "Prepare": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                          "Parameters": {"FunctionName": "prepare", "Payload.$": "$"},
                          "ResultSelector": {"ok.$": "$.Payload.ok"}, "ResultPath": "$.prepare", "Next": "Charge"},
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge", "Payload": {"redriveCount.$": "$$.Execution.RedriveCount"}},
                         "ResultSelector": {"seenRedriveCount.$": "$.Payload.seen"}, "ResultPath": "$.charge", "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";

    private static final String WAITING = """
            {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Done"},
                                           "Done": {"Type": "Succeed"}}}""";

    private static final String BROKEN_PATH = """
            {"StartAt": "Pick", "States": {"Pick": {"Type": "Pass", "InputPath": "$.missing", "End": true}}}""";

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile boolean chargeFails = true;
    private StepFunctionsService service;
    private StepFunctionsHttpServer server;
    private SfnClient sfn;
    private String machineArn;

    @BeforeEach
    void start() {
        LambdaBackend lambda = (name, payload) -> {
            calls.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            if (name.equals("charge")) {
                if (chargeFails) {
                    return new LambdaBackend.LambdaResponse.FunctionError("Unhandled",
                            "{\"errorType\":\"PaymentDown\",\"errorMessage\":\"gateway unavailable\"}");
                }
                return new LambdaBackend.LambdaResponse.Success(
                        "{\"seen\": " + Json.parse(payload).path("redriveCount").asInt(-1) + "}");
            }
            return new LambdaBackend.LambdaResponse.Success("{\"ok\": true}");
        };
        ServiceIntegrations none = (service, action, parameters) -> {
            throw new ServiceIntegrations.ServiceIntegrationException("States.Runtime", "unused");
        };
        service = new StepFunctionsService(lambda, none);
        server = new StepFunctionsHttpServer(service);
        server.start("127.0.0.1", 0);
        sfn = SfnClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        machineArn = service.createStateMachine("Orders", DEFINITION, "arn:aws:iam::111111111111:role/sfn");
    }

    @AfterEach
    void stop() {
        sfn.close();
        server.close();
        service.close();
    }

    @Test
    void redrivesAFailedExecutionFromTheStateThatFailed() {
        String arn = startAndAwait(machineArn, "order-1", ExecutionStatus.FAILED);
        DescribeExecutionResponse failed = sfn.describeExecution(r -> r.executionArn(arn));
        assertThat(failed.redriveCount()).isZero();
        assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);

        chargeFails = false;
        Instant redriveDate = sfn.redriveExecution(r -> r.executionArn(arn)).redriveDate();
        DescribeExecutionResponse done = await(arn, ExecutionStatus.SUCCEEDED);

        assertThat(done.executionArn()).isEqualTo(arn);
        assertThat(sfn.listExecutions(r -> r.stateMachineArn(machineArn)).executions()).hasSize(1);
        assertThat(done.redriveCount()).isEqualTo(1);
        assertThat(done.redriveDate()).isEqualTo(redriveDate);
        assertThat(done.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
        assertThat(done.redriveStatusReason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven.");
        assertThat(Json.parse(done.output()).path("charge").path("seenRedriveCount").asInt()).isEqualTo(1);
        assertThat(Json.parse(done.output()).path("prepare").path("ok").asBoolean()).isTrue();
        // The state that succeeded is not run again; the failed one is.
        assertThat(calls.get("prepare").get()).isEqualTo(1);
        assertThat(calls.get("charge").get()).isEqualTo(2);

        List<HistoryEvent> history = sfn.getExecutionHistory(r -> r.executionArn(arn)).events();
        List<HistoryEventType> types = history.stream().map(HistoryEvent::type).toList();
        int failedAt = types.indexOf(HistoryEventType.EXECUTION_FAILED);
        assertThat(types.get(failedAt + 1)).isEqualTo(HistoryEventType.EXECUTION_REDRIVEN);
        assertThat(history.get(failedAt + 1).executionRedrivenEventDetails().redriveCount()).isEqualTo(1);
        assertThat(history.stream().filter(e -> e.type() == HistoryEventType.TASK_STATE_ENTERED)
                .map(e -> e.stateEnteredEventDetails().name()).toList()).containsExactly("Prepare", "Charge", "Charge");
        assertThat(types.getLast()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
    }

    @Test
    void aClientTokenAlreadyUsedAnswersTheSameRedriveWithoutAnother() {
        String arn = startAndAwait(machineArn, "order-2", ExecutionStatus.FAILED);
        Instant first = sfn.redriveExecution(r -> r.executionArn(arn).clientToken("token-1")).redriveDate();
        await(arn, ExecutionStatus.FAILED);
        Instant again = sfn.redriveExecution(r -> r.executionArn(arn).clientToken("token-1")).redriveDate();

        assertThat(again).isEqualTo(first);
        assertThat(sfn.describeExecution(r -> r.executionArn(arn)).redriveCount()).isEqualTo(1);
        assertThat(calls.get("charge").get()).isEqualTo(2);

        sfn.redriveExecution(r -> r.executionArn(arn).clientToken("token-2"));
        assertThat(await(arn, ExecutionStatus.FAILED).redriveCount()).isEqualTo(2);
    }

    @Test
    void refusesExecutionsThatSucceededAreRunningOrDoNotExist() {
        chargeFails = false;
        String succeeded = startAndAwait(machineArn, "order-3", ExecutionStatus.SUCCEEDED);
        assertThatThrownBy(() -> sfn.redriveExecution(r -> r.executionArn(succeeded)))
                .isInstanceOfSatisfying(ExecutionNotRedrivableException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExecutionNotRedrivable");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Execution is SUCCEEDED and cannot be redriven.");
                });

        String waitingMachine = service.createStateMachine("Waiting", WAITING, "arn:aws:iam::111111111111:role/sfn");
        String running = sfn.startExecution(r -> r.stateMachineArn(waitingMachine).name("held")).executionArn();
        assertThatThrownBy(() -> sfn.redriveExecution(r -> r.executionArn(running)))
                .isInstanceOf(ExecutionNotRedrivableException.class)
                .hasMessageContaining("Execution is RUNNING and cannot be redriven.");
        assertThat(sfn.describeExecution(r -> r.executionArn(running)).redriveStatus())
                .isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);

        String missing = machineArn.replace(":stateMachine:", ":execution:") + ":never-started";
        assertThatThrownBy(() -> sfn.redriveExecution(r -> r.executionArn(missing)))
                .isInstanceOf(ExecutionDoesNotExistException.class);
    }

    @Test
    void redrivesAnAbortedExecutionIntoTheStateItWasStoppedIn() {
        String waitingMachine = service.createStateMachine("Waiting", WAITING, "arn:aws:iam::111111111111:role/sfn");
        String arn = sfn.startExecution(r -> r.stateMachineArn(waitingMachine).name("held")).executionArn();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sfn.getExecutionHistory(r -> r.executionArn(arn))
                .events().stream().anyMatch(e -> e.type() == HistoryEventType.WAIT_STATE_ENTERED));
        sfn.stopExecution(r -> r.executionArn(arn));
        await(arn, ExecutionStatus.ABORTED);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                sfn.describeExecution(r -> r.executionArn(arn)).redriveStatus() == ExecutionRedriveStatus.REDRIVABLE);

        sfn.redriveExecution(r -> r.executionArn(arn));

        assertThat(sfn.describeExecution(r -> r.executionArn(arn)).status()).isEqualTo(ExecutionStatus.RUNNING);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sfn.getExecutionHistory(r -> r.executionArn(arn))
                .events().stream().filter(e -> e.type() == HistoryEventType.WAIT_STATE_ENTERED).count() == 2);
        sfn.stopExecution(r -> r.executionArn(arn));
        assertThat(await(arn, ExecutionStatus.ABORTED).redriveCount()).isEqualTo(1);
    }

    @Test
    void refusesAnExecutionThatFailedWithAStatesRuntimeError() {
        String broken = service.createStateMachine("Broken", BROKEN_PATH, "arn:aws:iam::111111111111:role/sfn");
        String arn = startAndAwait(broken, "broken", ExecutionStatus.FAILED);
        assertThat(sfn.describeExecution(r -> r.executionArn(arn)).redriveStatus())
                .isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
        assertThatThrownBy(() -> sfn.redriveExecution(r -> r.executionArn(arn)))
                .isInstanceOf(ExecutionNotRedrivableException.class)
                .hasMessageContaining("States.Runtime");
    }

    private String startAndAwait(String machine, String name, ExecutionStatus status) {
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine).name(name).input("{\"orderId\":\"" + name + "\"}"))
                .executionArn();
        await(arn, status);
        return arn;
    }

    private DescribeExecutionResponse await(String arn, ExecutionStatus status) {
        return Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> sfn.describeExecution(r -> r.executionArn(arn)), d -> d.status() == status);
    }
}
