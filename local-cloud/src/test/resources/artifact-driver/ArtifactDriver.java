import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Plays the Lambda Java runtime for one invocation, in a JVM whose class path is the deployment
 * artifact alone (run as a single-file source program, so it adds no class of its own to that path):
 * builds the handler with its no-arg constructor, calls RequestStreamHandler.handleRequest with the
 * event file and a Context, and writes the response to a file (the function's own log lines go to stdout,
 * as in Lambda, where the runtime returns the response apart from the logs); where the handler class came
 * from goes to stderr.
 *
 * usage: java -cp <artifact class path> ArtifactDriver.java <handler class> <event file> <response file>
 */
public class ArtifactDriver {

    public static void main(String[] args) throws Exception {
        Class<?> type = Class.forName(args[0]);
        System.err.println("handler loaded from " + type.getProtectionDomain().getCodeSource().getLocation());
        RequestStreamHandler handler = (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[1]))), out, context());
        Files.write(Path.of(args[2]), out.toByteArray());
    }

    private static Context context() {
        String requestId = UUID.randomUUID().toString();
        String function = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        long deadline = System.currentTimeMillis() + 20_000;
        LambdaLogger logger = new LambdaLogger() {
            @Override public void log(String message) { System.err.println(message); }
            @Override public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
        };
        return new Context() {
            @Override public String getAwsRequestId() { return requestId; }
            @Override public String getLogGroupName() { return "/aws/lambda/" + function; }
            @Override public String getLogStreamName() { return "artifact-test"; }
            @Override public String getFunctionName() { return function; }
            @Override public String getFunctionVersion() { return "$LATEST"; }
            @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:111111111111:function:" + function; }
            @Override public CognitoIdentity getIdentity() { return null; }
            @Override public ClientContext getClientContext() { return null; }
            @Override public int getRemainingTimeInMillis() { return (int) (deadline - System.currentTimeMillis()); }
            @Override public int getMemoryLimitInMB() { return 1024; }
            @Override public LambdaLogger getLogger() { return logger; }
        };
    }
}
