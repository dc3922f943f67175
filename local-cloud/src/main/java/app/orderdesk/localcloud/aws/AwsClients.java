package app.orderdesk.localcloud.aws;

import app.orderdesk.localcloud.emulators.EmulatorEndpoints;
import app.orderdesk.localcloud.emulators.EmulatorProcess;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SDK clients the local cloud itself uses against the emulators, built once and closed together. */
public final class AwsClients implements AutoCloseable {

    public static final Region REGION = Region.US_EAST_1;
    public static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create(EmulatorProcess.ACCESS_KEY_ID, EmulatorProcess.SECRET_ACCESS_KEY));

    private final SdkHttpClient http = Apache5HttpClient.builder().build();
    private final DynamoDbClient dynamoDb;
    private final S3Client s3;
    private final SnsClient sns;
    private final SqsClient sqs;
    private final CognitoIdentityProviderClient cognito;

    public AwsClients(EmulatorEndpoints endpoints) {
        dynamoDb = DynamoDbClient.builder().httpClient(http).region(REGION).credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoints.dynamoDb()).build();
        // s3rver rejects the SDK's default flexible checksums on PutObject.
        s3 = S3Client.builder().httpClient(http).region(REGION).credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoints.s3()).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
        sns = SnsClient.builder().httpClient(http).region(REGION).credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoints.sns()).build();
        sqs = SqsClient.builder().httpClient(http).region(REGION).credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoints.sqs()).build();
        cognito = CognitoIdentityProviderClient.builder().httpClient(http).region(REGION).credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoints.cognito()).build();
    }

    public DynamoDbClient dynamoDb() { return dynamoDb; }

    public S3Client s3() { return s3; }

    public SnsClient sns() { return sns; }

    public SqsClient sqs() { return sqs; }

    public CognitoIdentityProviderClient cognito() { return cognito; }

    @Override
    public void close() {
        dynamoDb.close();
        s3.close();
        sns.close();
        sqs.close();
        cognito.close();
        http.close();
    }
}
