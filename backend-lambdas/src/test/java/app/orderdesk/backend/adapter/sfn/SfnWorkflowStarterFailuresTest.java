package app.orderdesk.backend.adapter.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.orderdesk.backend.errors.OutcomeUnknownException;
import app.orderdesk.backend.errors.TransientFailureException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/**
 * ADR 0086: a start that went out unanswered may have started the execution (EXPRESS cannot be asked), so it is
 * told apart from one that never reached Step Functions.
 */
class SfnWorkflowStarterFailuresTest {

    private static Throwable startFailingWith(SdkClientException failure) {
        SfnClient failing = new SfnClient() {
            @Override
            public StartExecutionResponse startExecution(StartExecutionRequest request) {
                throw failure;
            }

            @Override
            public String serviceName() {
                return "states";
            }

            @Override
            public void close() {
            }
        };
        return catchThrowable(() -> new SfnWorkflowStarter(failing, "arn:aws:states:us-east-1:111111111111:stateMachine:OrderWorkflow")
                .start("o-1"));
    }

    @Test
    void aReadTimeoutOrAnAttemptTimeoutMayHaveStartedIt() {
        assertThat(startFailingWith(SdkClientException.create("read timed out", new SocketTimeoutException("Read timed out"))))
                .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("o-1 may be running");
        assertThat(startFailingWith(ApiCallAttemptTimeoutException.create(2000))).isInstanceOf(OutcomeUnknownException.class);
    }

    @Test
    void aConnectionRefusedOnEveryAttemptDidNot() {
        Throwable refused = startFailingWith(SdkClientException.create("Unable to execute HTTP request", new ConnectException("Connection refused")));

        assertThat(refused).isInstanceOf(TransientFailureException.class).isNotInstanceOf(OutcomeUnknownException.class);
    }

    @Test
    void aRefusalAfterAnEarlierAttemptTimedOutMayHaveStartedIt() {
        SdkClientException last = SdkClientException.create("Unable to execute HTTP request", new ConnectException("Connection refused"));
        last.addSuppressed(SdkClientException.create("attempt 1", new SocketTimeoutException("Read timed out")));

        assertThat(startFailingWith(last)).isInstanceOf(OutcomeUnknownException.class);
    }
}
