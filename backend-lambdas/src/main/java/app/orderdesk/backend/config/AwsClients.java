package app.orderdesk.backend.config;

import app.orderdesk.backend.env.Env;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/**
 * The SDK clients, each built once per JVM on first use (so a function only pays for the clients it
 * needs, and SnapStart captures them): URL-connection HTTP client, region from AWS_REGION, the
 * credentials Lambda puts in the environment (else the default chain), and an endpoint override when
 * AWS_ENDPOINT_URL_&lt;SERVICE&gt; is set. Everything is read through {@link Env}, never System.getenv.
 * Every client retries in the SDK's legacy mode, set here rather than left to the SDK's default (ADR 0079).
 */
public final class AwsClients {

    private AwsClients() {}

    private static final class Http {
        static final SdkHttpClient CLIENT = UrlConnectionHttpClient.builder().build();
    }

    /**
     * ADR 0079: SDK 2.59 made its 2026 retry behaviour the default (standard mode: DynamoDB 4 attempts instead of 9,
     * a shorter base delay, a retry quota that stops retrying once an outage has used it up). The workflow's Retry and
     * Catch budgets and the reliability suite's outages were measured with the legacy mode: a task then rode out a
     * few seconds of DynamoDB being away inside one attempt, and its compensations did too. So the legacy strategy is
     * named here; DynamoDB's as the SDK built it by default until 2.59 (9 attempts, full-jitter backoff from 25 ms up to
     * 20 s) — {@code retryStrategy(RetryMode.LEGACY)} alone would give DynamoDB the generic 4 attempts.
     */
    static final ClientOverrideConfiguration RETRIES = ClientOverrideConfiguration.builder()
            .retryStrategy(AwsRetryStrategy.forRetryMode(RetryMode.LEGACY)).build();
    static final ClientOverrideConfiguration DYNAMODB_RETRIES = ClientOverrideConfiguration.builder()
            .retryStrategy(AwsRetryStrategy.forRetryMode(RetryMode.LEGACY).toBuilder()
                    .maxAttempts(9)
                    .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(25), Duration.ofSeconds(20)))
                    .build())
            .build();

    /**
     * The keys Lambda sets in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN),
     * read at each resolution through {@link Env}; without them (SnapStart's container credentials,
     * a developer machine) the SDK's default chain.
     */
    private static final class Credentials {
        static final AwsCredentialsProvider DEFAULT = DefaultCredentialsProvider.builder().build();
        static final AwsCredentialsProvider PROVIDER = () -> fromEnvironment().orElseGet(DEFAULT::resolveCredentials);

        private static Optional<AwsCredentials> fromEnvironment() {
            return Env.optional("AWS_ACCESS_KEY_ID").flatMap(id -> Env.optional("AWS_SECRET_ACCESS_KEY").map(secret ->
                    Env.optional("AWS_SESSION_TOKEN").<AwsCredentials>map(token -> AwsSessionCredentials.create(id, secret, token))
                            .orElseGet(() -> AwsBasicCredentials.create(id, secret))));
        }
    }

    private static final class Dynamo {
        static final DynamoDbClient CLIENT = DynamoDbClient.builder()
                .httpClient(Http.CLIENT).region(region()).credentialsProvider(Credentials.PROVIDER)
                .overrideConfiguration(DYNAMODB_RETRIES)
                .applyMutation(b -> endpoint("AWS_ENDPOINT_URL_DYNAMODB").ifPresent(b::endpointOverride))
                .build();
    }

    private static final class S3 {
        static final Optional<URI> ENDPOINT = endpoint("AWS_ENDPOINT_URL_S3");
        static final S3Client CLIENT = S3Client.builder()
                .httpClient(Http.CLIENT).region(region()).credentialsProvider(Credentials.PROVIDER)
                .overrideConfiguration(RETRIES)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .applyMutation(b -> ENDPOINT.ifPresent(uri -> b.endpointOverride(uri).forcePathStyle(true)))
                .build();
        static final S3Presigner PRESIGNER = presigner();

        private static S3Presigner presigner() {
            S3Presigner.Builder builder = S3Presigner.builder()
                    .region(region()).credentialsProvider(Credentials.PROVIDER)
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(ENDPOINT.isPresent()).build());
            ENDPOINT.ifPresent(builder::endpointOverride);
            return builder.build();
        }
    }

    private static final class Ses {
        static final SesV2Client CLIENT = SesV2Client.builder()
                .httpClient(Http.CLIENT).region(region()).credentialsProvider(Credentials.PROVIDER)
                .overrideConfiguration(RETRIES)
                .applyMutation(b -> endpoint("AWS_ENDPOINT_URL_SESV2").ifPresent(b::endpointOverride))
                .build();
    }

    private static final class Sfn {
        static final SfnClient CLIENT = SfnClient.builder()
                .httpClient(Http.CLIENT).region(region()).credentialsProvider(Credentials.PROVIDER)
                .overrideConfiguration(RETRIES)
                .applyMutation(b -> endpoint("AWS_ENDPOINT_URL_SFN").ifPresent(b::endpointOverride))
                .build();
    }

    /** The WebSocket API's management endpoint is the API's own stage URL (PUSH_CALLBACK_URL), never a regional default. */
    private static final class PushManagement {
        static final ApiGatewayManagementApiClient CLIENT = ApiGatewayManagementApiClient.builder()
                .httpClient(Http.CLIENT).region(region()).credentialsProvider(Credentials.PROVIDER)
                .overrideConfiguration(RETRIES)
                .endpointOverride(endpoint("AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI")
                        .orElseGet(() -> URI.create(Env.required("PUSH_CALLBACK_URL"))))
                .build();
    }

    public static ApiGatewayManagementApiClient pushManagement() {
        return PushManagement.CLIENT;
    }

    public static DynamoDbClient dynamoDb() {
        return Dynamo.CLIENT;
    }

    public static S3Client s3() {
        return S3.CLIENT;
    }

    public static S3Presigner s3Presigner() {
        return S3.PRESIGNER;
    }

    public static SesV2Client sesV2() {
        return Ses.CLIENT;
    }

    public static SfnClient sfn() {
        return Sfn.CLIENT;
    }

    private static Region region() {
        return Region.of(Env.optional("AWS_REGION").orElse("us-east-1"));
    }

    private static Optional<URI> endpoint(String name) {
        return Env.optional(name).map(URI::create);
    }
}
