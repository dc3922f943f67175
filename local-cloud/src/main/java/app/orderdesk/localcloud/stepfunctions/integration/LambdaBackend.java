package app.orderdesk.localcloud.stepfunctions.integration;

/**
 * Invokes a Lambda function synchronously for the Step Functions engine, the way the Lambda
 * Invoke API does: raw JSON bytes in, raw bytes out, with unhandled errors reported as an error
 * payload rather than thrown.
 */
public interface LambdaBackend {

    /**
     * @param functionNameOrArn a plain function name, a function ARN, or a qualified ARN
     * @param payloadJson       the request body exactly as Lambda would receive it
     */
    LambdaResponse invoke(String functionNameOrArn, String payloadJson);

    /** What Lambda answered. */
    sealed interface LambdaResponse {
        /** The function returned normally; {@code body} is its raw response body. */
        record Success(String body) implements LambdaResponse {}

        /**
         * The function raised an unhandled error. {@code errorPayload} is the JSON error payload
         * Lambda returns: {@code errorMessage}, {@code errorType}, {@code requestId}, {@code stackTrace}.
         */
        record FunctionError(String errorType, String errorPayload) implements LambdaResponse {}

        /** No function of that name exists. */
        record NotFound(String functionArn) implements LambdaResponse {}
    }
}
