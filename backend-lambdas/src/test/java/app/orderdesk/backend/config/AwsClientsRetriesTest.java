package app.orderdesk.backend.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.retries.LegacyRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * ADR 0079: the functions' clients retry in the SDK's legacy mode, whatever the SDK's default is — the workflow's
 * retry budgets and the reliability suite were measured with it. DynamoDB's legacy budget is 9 attempts (the 2026
 * default gives it 4). The WebSocket management client (built only with PUSH_CALLBACK_URL) shares {@code RETRIES}.
 */
class AwsClientsRetriesTest {

    @Test
    void everyClientRetriesInLegacyModeAndDynamoDbKeepsItsNineAttempts() {
        List<SdkClient> clients = List.of(AwsClients.dynamoDb(), AwsClients.s3(), AwsClients.sesV2(), AwsClients.sfn());
        for (SdkClient client : clients) {
            assertThat(strategy(client)).as(client.serviceName()).isInstanceOf(LegacyRetryStrategy.class);
        }
        assertThat(strategy(AwsClients.dynamoDb()).maxAttempts()).isEqualTo(9);
        assertThat(strategy(AwsClients.sfn()).maxAttempts()).isEqualTo(4);
    }

    private static RetryStrategy strategy(SdkClient client) {
        return client.serviceClientConfiguration().overrideConfiguration().retryStrategy().orElseThrow();
    }
}
