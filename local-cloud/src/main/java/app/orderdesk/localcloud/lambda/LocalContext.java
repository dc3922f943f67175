package app.orderdesk.localcloud.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The {@link Context} of one local invocation, with a real deadline taken from the function's Timeout. */
final class LocalContext implements Context {

    private final String requestId;
    private final FunctionDefinition function;
    private final String invokedArn;
    private final long deadlineMillis;
    private final LambdaLogger logger;

    LocalContext(String requestId, FunctionDefinition function, String invokedArn, long startMillis) {
        this.requestId = requestId;
        this.function = function;
        this.invokedArn = invokedArn;
        this.deadlineMillis = startMillis + function.timeoutSeconds() * 1000L;
        this.logger = new StderrLambdaLogger(function.name(), requestId);
    }

    @Override public String getAwsRequestId() { return requestId; }

    @Override public String getLogGroupName() { return "/aws/lambda/" + function.name(); }

    @Override public String getLogStreamName() { return "local/[$LATEST]" + requestId.substring(0, 8); }

    @Override public String getFunctionName() { return function.name(); }

    @Override public String getFunctionVersion() { return "$LATEST"; }

    @Override public String getInvokedFunctionArn() { return invokedArn; }

    @Override public CognitoIdentity getIdentity() { return null; }

    @Override public ClientContext getClientContext() { return null; }

    @Override public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
    }

    @Override public int getMemoryLimitInMB() { return function.memoryMb(); }

    @Override public LambdaLogger getLogger() { return logger; }
}
