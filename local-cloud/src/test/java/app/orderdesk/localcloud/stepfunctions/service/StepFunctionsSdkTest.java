package app.orderdesk.localcloud.stepfunctions.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** Drives the local service through the real AWS SDK client, proving the JSON 1.0 wire format. */
class StepFunctionsSdkTest {

    private static final String DEFINITION = """
            {"StartAt": "Greet", "States": {
              "Greet": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                        "Parameters": {"FunctionName": "greeter", "Payload.$": "$"},
                        "ResultSelector": {"greeting.$": "$.Payload.greeting"}, "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";

    private StepFunctionsService service;
    private StepFunctionsHttpServer server;
    private SfnClient sfn;
    private String machineArn;

    @BeforeEach
    void start() {
        LambdaBackend lambda = (name, payload) -> new LambdaBackend.LambdaResponse.Success(
                "{\"greeting\": \"hello " + payload.replaceAll("[^a-z]", "") + "\"}");
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
                // StartSyncExecution would otherwise go to a "sync-" prefixed host.
                .overrideConfiguration(o -> o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
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
    void runsAnExecutionAndReportsItsResultAndHistory() {
        assertThat(machineArn).isEqualTo("arn:aws:states:us-east-1:111111111111:stateMachine:Orders");

        StartExecutionResponse started = sfn.startExecution(r -> r.stateMachineArn(machineArn).name("first")
                .input("{\"who\": \"ann\"}"));
        DescribeExecutionResponse done = awaitEnd(started.executionArn());

        assertThat(started.executionArn()).isEqualTo("arn:aws:states:us-east-1:111111111111:execution:Orders:first");
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"greeting\":\"hello whoann\"}");
        assertThat(done.startDate()).isNotNull();
        assertThat(done.stopDate()).isAfterOrEqualTo(done.startDate());

        List<HistoryEventType> types = sfn.getExecutionHistory(r -> r.executionArn(started.executionArn()))
                .events().stream().map(HistoryEvent::type).toList();
        assertThat(types).containsExactly(HistoryEventType.EXECUTION_STARTED, HistoryEventType.TASK_STATE_ENTERED,
                HistoryEventType.TASK_SCHEDULED, HistoryEventType.TASK_STARTED, HistoryEventType.TASK_SUCCEEDED,
                HistoryEventType.TASK_STATE_EXITED, HistoryEventType.SUCCEED_STATE_ENTERED,
                HistoryEventType.SUCCEED_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED);
        HistoryEvent scheduled = sfn.getExecutionHistory(r -> r.executionArn(started.executionArn())).events().get(2);
        assertThat(scheduled.taskScheduledEventDetails().resourceType()).isEqualTo("lambda");
        assertThat(scheduled.taskScheduledEventDetails().resource()).isEqualTo("invoke");

        List<HistoryEvent> reversedPage = sfn.getExecutionHistory(r -> r.executionArn(started.executionArn())
                .reverseOrder(true).maxResults(2)).events();
        assertThat(reversedPage).extracting(HistoryEvent::type)
                .containsExactly(HistoryEventType.EXECUTION_SUCCEEDED, HistoryEventType.SUCCEED_STATE_EXITED);

        assertThat(sfn.listExecutions(r -> r.stateMachineArn(machineArn).statusFilter(ExecutionStatus.SUCCEEDED))
                .executions()).extracting(e -> e.name()).containsExactly("first");
    }

    @Test
    void startingTheSameNameAndInputAgainIsIdempotent() {
        StartExecutionResponse first = sfn.startExecution(r -> r.stateMachineArn(machineArn).name("same").input("{}"));
        StartExecutionResponse second = sfn.startExecution(r -> r.stateMachineArn(machineArn).name("same").input("{}"));

        assertThat(second.executionArn()).isEqualTo(first.executionArn());
        assertThat(second.startDate()).isEqualTo(first.startDate());
        assertThat(sfn.listExecutions(r -> r.stateMachineArn(machineArn)).executions()).hasSize(1);
    }

    @Test
    void sameNameWithDifferentInputIsRejected() {
        sfn.startExecution(r -> r.stateMachineArn(machineArn).name("dup").input("{\"a\": 1}"));

        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(machineArn).name("dup").input("{\"a\": 2}")))
                .isInstanceOf(ExecutionAlreadyExistsException.class);
    }

    @Test
    void startSyncExecutionReturnsTheFinishedExecution() {
        StartSyncExecutionResponse response = sfn.startSyncExecution(r -> r.stateMachineArn(machineArn).input("{\"x\": \"bo\"}"));

        assertThat(response.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
        assertThat(response.output()).isEqualTo("{\"greeting\":\"hello xbo\"}");
    }

    @Test
    void describesAndListsStateMachines() {
        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(machineArn)).definition()).isEqualTo(DEFINITION);
        assertThat(sfn.listStateMachines().stateMachines()).extracting(m -> m.name()).containsExactly("Orders");
        assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn(
                "arn:aws:states:us-east-1:111111111111:stateMachine:Nope")))
                .isInstanceOf(StateMachineDoesNotExistException.class);
    }

    @Test
    void anInvalidDefinitionIsRejectedAtCreationWithAwsErrorShape() {
        String danglingNext = """
                {"StartAt": "pass1", "States": {
                  "pass1": {"Type": "Pass", "Next": "pass3"},
                  "pass2": {"Type": "Pass", "End": true}}}""";

        assertThatThrownBy(() -> sfn.createStateMachine(r -> r.name("Broken").definition(danglingNext)
                .roleArn("arn:aws:iam::111111111111:role/sfn")))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidDefinition");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid State Machine Definition: "
                            + "'MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3 at /States/pass1/Next, "
                            + "MISSING_TRANSITION_TARGET: State \"pass2\" is not reachable. at /States/pass2'");
                });
        String missingResource = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "End": true}}}""";
        assertThatThrownBy(() -> sfn.createStateMachine(r -> r.name("NoResource").definition(missingResource)
                .roleArn("arn:aws:iam::111111111111:role/sfn")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("SCHEMA_VALIDATION_FAILED: These fields are required: [Resource] at /States/T");
        assertThat(sfn.listStateMachines().stateMachines()).extracting(m -> m.name()).containsExactly("Orders");
    }

    @Test
    void unknownExecutionIsReportedAsExecutionDoesNotExist() {
        assertThatThrownBy(() -> sfn.describeExecution(r -> r.executionArn(
                "arn:aws:states:us-east-1:111111111111:execution:Orders:nope")))
                .isInstanceOf(ExecutionDoesNotExistException.class);
    }

    @Test
    void stoppedExecutionEndsAborted() {
        String waiting = service.createStateMachine("Waits",
                "{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 30, \"End\": true}}}", null);
        String arn = sfn.startExecution(r -> r.stateMachineArn(waiting)).executionArn();

        sfn.stopExecution(r -> r.executionArn(arn).error("Stopped").cause("by test"));

        DescribeExecutionResponse stopped = sfn.describeExecution(r -> r.executionArn(arn));
        assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(service.awaitExecution(arn, Duration.ofSeconds(5)).status())
                .isEqualTo(app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus.ABORTED);
    }

    private DescribeExecutionResponse awaitEnd(String executionArn) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> sfn.describeExecution(r -> r.executionArn(executionArn)), d -> d.status() != ExecutionStatus.RUNNING);
    }
}
