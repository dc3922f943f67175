package app.orderdesk.localcloud.stepfunctions.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.adapter.sfn.SfnWorkflowControl;
import app.orderdesk.backend.port.WorkflowControl.Redrive;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** The backend's Step Functions adapter (SfnWorkflowControl.redrive) against the local engine, through the SDK. */
class SfnWorkflowControlRedriveTest {

    private static final String DEFINITION = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "End": true}}}""";

    private final AtomicInteger charges = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private StepFunctionsService service;
    private StepFunctionsHttpServer server;
    private SfnClient sfn;
    private String machineArn;
    private SfnWorkflowControl control;

    @BeforeEach
    void start() {
        LambdaBackend lambda = (name, payload) -> {
            if (charges.incrementAndGet() == 1) {
                return new LambdaBackend.LambdaResponse.FunctionError("Unhandled",
                        "{\"errorType\":\"GatewayDown\",\"errorMessage\":\"unavailable\"}");
            }
            try {
                release.await(20, TimeUnit.SECONDS); // the redriven run holds here until the test lets it go
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new LambdaBackend.LambdaResponse.Success("{\"charged\": true}");
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
        machineArn = service.createStateMachine("OrderWorkflow", DEFINITION, "arn:aws:iam::111111111111:role/sfn");
        control = new SfnWorkflowControl(sfn, machineArn);
    }

    @AfterEach
    void stop() {
        release.countDown();
        sfn.close();
        server.close();
        service.close();
    }

    @Test
    void redrivesOnceAnswersTheRunningRedriveAgainAndRefusesWhenDone() {
        String orderId = "7d7c4f4e-5b7e-4a51-9d3c-3f0c0f0e0a01";
        String arn = sfn.startExecution(r -> r.stateMachineArn(machineArn).name(orderId).input("{}")).executionArn();
        awaitStatus(arn, ExecutionStatus.FAILED);

        assertThat(control.redrive(orderId)).isEqualTo(Redrive.started(1));
        assertThat(control.redrive(orderId)).isEqualTo(Redrive.alreadyRunning(1));

        release.countDown();
        awaitStatus(arn, ExecutionStatus.SUCCEEDED);
        assertThat(charges.get()).isEqualTo(2);
        Redrive done = control.redrive(orderId);
        assertThat(done.outcome()).isEqualTo(Redrive.Outcome.NOT_REDRIVABLE);
        assertThat(done.reason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven.");
    }

    @Test
    void anOrderWhoseWorkflowNeverStartedIsNotRedrivable() {
        Redrive never = control.redrive("0b0f7c1e-1111-4a51-9d3c-3f0c0f0e0a02");
        assertThat(never.outcome()).isEqualTo(Redrive.Outcome.NOT_REDRIVABLE);
        assertThat(never.reason()).isEqualTo("its workflow never started");
    }

    private void awaitStatus(String arn, ExecutionStatus status) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sfn.describeExecution(r -> r.executionArn(arn)).status() == status);
    }
}
