package app.orderdesk.localcloud.iam.enforcer;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.util.Map;
import java.util.UUID;

/**
 * The exception a service answers a denied call with: the service's own exception type (so code
 * that catches {@code DynamoDbException} behaves as in AWS), its error code and HTTP status.
 */
final class AccessDenied {

    /** SDK service name → exception class (in the request's package), error code, status. */
    private record Answer(String exceptionClass, String errorCode, int status) {}

    private static final Map<String, Answer> ANSWERS = Map.of(
            "dynamodb", new Answer("DynamoDbException", "AccessDeniedException", 400),
            "s3", new Answer("S3Exception", "AccessDenied", 403),
            "sns", new Answer("SnsException", "AuthorizationError", 403),
            "sesv2", new Answer("SesV2Exception", "AccessDeniedException", 403),
            "ses", new Answer("SesException", "AccessDenied", 403),
            "sfn", new Answer("SfnException", "AccessDeniedException", 400),
            "sqs", new Answer("SqsException", "AccessDenied", 403));

    private AccessDenied() {}

    static AwsServiceException exception(String serviceName, Object request, String message) {
        Answer answer = ANSWERS.getOrDefault(serviceName.toLowerCase(java.util.Locale.ROOT), new Answer(null, "AccessDeniedException", 403));
        AwsServiceException.Builder builder = builderFor(answer, request);
        String requestId = UUID.randomUUID().toString();
        return builder.message(message).statusCode(answer.status()).requestId(requestId)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(answer.errorCode()).errorMessage(message)
                        .serviceName(serviceName).sdkHttpResponse(SdkHttpResponse.builder().statusCode(answer.status()).build()).build())
                .build();
    }

    private static AwsServiceException.Builder builderFor(Answer answer, Object request) {
        if (answer.exceptionClass() != null) {
            String name = request.getClass().getPackageName() + "." + answer.exceptionClass();
            try {
                Class<?> type = Class.forName(name, true, request.getClass().getClassLoader());
                return (AwsServiceException.Builder) type.getMethod("builder").invoke(null);
            } catch (ReflectiveOperationException | ClassCastException e) {
                // an SDK without that class: fall back to the generic service exception
            }
        }
        return AwsServiceException.builder();
    }
}
