package app.orderdesk.localcloud.stepfunctions.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.SfnException;

/**
 * EXPRESS state machines through the AWS SDK, as AWS treats them (ADR 0018): StartExecution is not idempotent
 * (every call runs, under an {@code :express:} ARN), the context object has no RedriveCount, and the calls AWS
 * refuses for Express — DescribeExecution, GetExecutionHistory, StopExecution, RedriveExecution (InvalidArn) and
 * ListExecutions (StateMachineTypeNotSupported) — are refused, so a function that relied on one fails here. A
 * test reads what AWS would put in the execution's log by sending {@link ExpressExecutionLog#HEADER}.
 */
class ExpressExecutionsSdkTest {

    private static final String DEFINITION = """
            {"StartAt": "Work", "TimeoutSeconds": 300, "States": {
              "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "Parameters": {"FunctionName": "work", "Payload": {"context.$": "$$.Execution"}},
                       "OutputPath": "$.Payload", "End": true}}}""";

    private final List<String> contexts = new CopyOnWriteArrayList<>();
    private StepFunctionsService service;
    private StepFunctionsHttpServer server;
    private SfnClient sfn;
    private SfnClient logReader;
    private String machineArn;

    @BeforeEach
    void start() {
        LambdaBackend lambda = (name, payload) -> {
            contexts.add(Json.parse(payload).path("context").toString());
            return new LambdaBackend.LambdaResponse.Success("{\"ok\": true}");
        };
        ServiceIntegrations none = (service, action, parameters) -> {
            throw new ServiceIntegrations.ServiceIntegrationException("States.Runtime", "unused");
        };
        service = new StepFunctionsService(lambda, none);
        server = new StepFunctionsHttpServer(service);
        server.start("127.0.0.1", 0);
        sfn = client(false);
        logReader = client(true);
        machineArn = sfn.createStateMachine(r -> r.name("Orders").type("EXPRESS").definition(DEFINITION)
                .roleArn("arn:aws:iam::111111111111:role/sfn")).stateMachineArn();
    }

    private SfnClient client(boolean readsLog) {
        return SfnClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> {
                    if (readsLog) {
                        o.putHeader(ExpressExecutionLog.HEADER, ExpressExecutionLog.HEADER_VALUE);
                    }
                })
                .build();
    }

    @AfterEach
    void stop() {
        sfn.close();
        logReader.close();
        server.close();
        service.close();
    }

    @Test
    void everyStartRunsUnderItsOwnExpressArnAndTheContextHasNoRedriveCount() {
        String first = sfn.startExecution(r -> r.stateMachineArn(machineArn).name("order-1").input("{\"a\":1}")).executionArn();
        String second = sfn.startExecution(r -> r.stateMachineArn(machineArn).name("order-1").input("{\"a\":1}")).executionArn();

        assertThat(first).startsWith("arn:aws:states:us-east-1:111111111111:express:Orders:order-1:");
        assertThat(second).startsWith("arn:aws:states:us-east-1:111111111111:express:Orders:order-1:").isNotEqualTo(first);
        for (String arn : List.of(first, second)) {
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> logReader.describeExecution(r -> r.executionArn(arn)).status(), s -> s == ExecutionStatus.SUCCEEDED);
        }
        assertThat(logReader.listExecutions(r -> r.stateMachineArn(machineArn)).executions()).hasSize(2);
        assertThat(contexts).hasSize(2).allSatisfy(c -> assertThat(c).contains("\"Name\":\"order-1\"").doesNotContain("RedriveCount"));
    }

    @Test
    void theCallsAwsRefusesForExpressAreRefused() {
        String arn = sfn.startExecution(r -> r.stateMachineArn(machineArn).name("order-2")).executionArn();

        assertThatThrownBy(() -> sfn.describeExecution(r -> r.executionArn(arn))).isInstanceOf(InvalidArnException.class)
                .hasMessageContaining("express");
        assertThatThrownBy(() -> sfn.getExecutionHistory(r -> r.executionArn(arn))).isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> sfn.stopExecution(r -> r.executionArn(arn))).isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> sfn.redriveExecution(r -> r.executionArn(arn))).isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> sfn.listExecutions(r -> r.stateMachineArn(machineArn)))
                .isInstanceOfSatisfying(SfnException.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("StateMachineTypeNotSupported"));
        assertThat(logReader.getExecutionHistory(r -> r.executionArn(arn)).events()).isNotEmpty();
    }
}
