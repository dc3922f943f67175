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

/**
 * The cold-start benchmark's stand-in for the Lambda Java runtime, in a fresh JVM whose class path is
 * the deployment artifact (plus this one class): builds the handler (Lambda's init phase), prints
 * "init-done", calls it once with the event file, prints "call-done" (the call's outcome is not the
 * point: some handlers refuse the generic event). The benchmark times the lines from outside.
 *
 * usage: java -cp <artifact>:<this class> ColdStartDriver <handler class> <event file>
 */
public class ColdStartDriver {

    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        System.out.println("init-done");
        System.out.flush();
        String outcome = "ok";
        try {
            handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[1]))), new ByteArrayOutputStream(), context());
        } catch (Exception e) {
            outcome = e.getClass().getSimpleName();
        }
        System.out.println("call-done " + outcome);
        System.out.flush();
    }

    private static Context context() {
        String function = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        long deadline = System.currentTimeMillis() + 20_000;
        LambdaLogger logger = new LambdaLogger() {
            @Override public void log(String message) { System.err.println(message); }
            @Override public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
        };
        return new Context() {
            @Override public String getAwsRequestId() { return "cold-start"; }
            @Override public String getLogGroupName() { return "/aws/lambda/" + function; }
            @Override public String getLogStreamName() { return "cold-start"; }
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
