package app.orderdesk.localcloud.iam.enforcer;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real SDK clients with the interceptor: a denied call never leaves the client and fails with the
 * service's exception type, error code and status; an allowed call goes on to the endpoint (here a
 * closed port, so it fails on the network instead).
 */
class IamEnforcementInterceptorTest {

    private static final String TABLE = "arn:aws:dynamodb:us-east-1:111111111111:table/Orders";
    private static final IamPolicy POLICY = new IamPolicy("arn:aws:sts::111111111111:assumed-role/stack-FnRole/Fn", "111111111111",
            List.of(new IamPolicy.Statement(true, List.of("dynamodb:GetItem"), List.of(TABLE)),
                    new IamPolicy.Statement(true, List.of("s3:GetObject"), List.of("arn:aws:s3:::receipts/receipts/*"))));

    @Test
    void dynamoDbAnswersAccessDeniedExceptionWithStatus400() throws Exception {
        try (DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)).build())
                .region(Region.US_EAST_1).endpointOverride(closedPort())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(new IamEnforcementInterceptor(POLICY))).build()) {
            assertThatThrownBy(() -> dynamo.putItem(r -> r.tableName("Orders").item(Map.of("orderId", AttributeValue.fromS("1")))))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                        assertThat(e.getMessage()).startsWith("User: arn:aws:sts::111111111111:assumed-role/stack-FnRole/Fn is not authorized to perform: "
                                + "dynamodb:PutItem on resource: " + TABLE + " because no identity-based policy allows the dynamodb:PutItem action");
                    });
            assertThatThrownBy(() -> dynamo.getItem(r -> r.tableName("Orders").key(Map.of("orderId", AttributeValue.fromS("1")))))
                    .as("allowed: the call reaches the (closed) endpoint").isInstanceOf(SdkClientException.class);
        }
    }

    @Test
    void s3AnswersAccessDeniedWithStatus403() throws Exception {
        try (S3Client s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)).build())
                .region(Region.US_EAST_1).endpointOverride(closedPort()).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(new IamEnforcementInterceptor(POLICY))).build()) {
            assertThatThrownBy(() -> s3.putObject(r -> r.bucket("receipts").key("receipts/o-1.pdf"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("x")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                        assertThat(e.getMessage()).contains("s3:PutObject on resource: arn:aws:s3:::receipts/receipts/o-1.pdf");
                    });
            assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket("receipts").key("receipts/o-1.pdf")))
                    .isInstanceOf(SdkClientException.class).isNotInstanceOf(AwsServiceException.class);
        }
    }

    private static URI closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
