package app.orderdesk.localcloud;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The SDK clients an outside caller would use against a running local cloud; built once per test class. */
final class LocalCloudTestClients {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    final SdkHttpClient http = UrlConnectionHttpClient.create();
    final CognitoIdentityProviderClient cognito;
    final DynamoDbClient dynamoDb;
    final S3Client s3;
    final SqsClient sqs;
    final SfnClient sfn;
    private final Map<String, String> idTokens = new ConcurrentHashMap<>();

    LocalCloudTestClients(LocalCloud cloud) {
        // Any credentials do for dynalite, cognito-local and fauxqs; s3rver checks signatures, so use its pair.
        cognito = CognitoIdentityProviderClient.builder().httpClient(http).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).endpointOverride(cloud.cognitoEndpoint()).build();
        dynamoDb = DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).endpointOverride(cloud.dynamoDbEndpoint()).build();
        s3 = S3Client.builder().httpClient(http).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        app.orderdesk.localcloud.emulators.EmulatorProcess.ACCESS_KEY_ID,
                        app.orderdesk.localcloud.emulators.EmulatorProcess.SECRET_ACCESS_KEY)))
                .endpointOverride(cloud.s3Endpoint()).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
        sqs = SqsClient.builder().httpClient(http).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).endpointOverride(cloud.sqsEndpoint()).build();
        sfn = SfnClient.builder().httpClient(http).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).endpointOverride(cloud.stepFunctionsEndpoint())
                // The order workflow is EXPRESS: tests read its executions as AWS's log would show them.
                .overrideConfiguration(o -> o.putHeader(app.orderdesk.localcloud.stepfunctions.service.ExpressExecutionLog.HEADER,
                        app.orderdesk.localcloud.stepfunctions.service.ExpressExecutionLog.HEADER_VALUE)).build();
    }

    /** Signs in like the desktop app (USER_PASSWORD_AUTH) and returns the ID token, cached per user. */
    String idToken(LocalCloud cloud, DemoUser user) {
        return idTokens.computeIfAbsent(user.username(), u -> cognito.initiateAuth(r -> r
                        .clientId(cloud.clientId())
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", user.username(), "PASSWORD", user.password())))
                .authenticationResult().idToken());
    }

    /** The access token, which the API must refuse. */
    String accessToken(LocalCloud cloud, DemoUser user) {
        return cognito.initiateAuth(r -> r
                        .clientId(cloud.clientId())
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", user.username(), "PASSWORD", user.password())))
                .authenticationResult().accessToken();
    }
}
