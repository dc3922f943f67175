package app.orderdesk.localcloud.lambda;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LocalLambdaInvokerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CONSTRUCTED = new AtomicInteger();

    /** Echoes the payload and what the context said. */
    public static final class EchoHandler implements RequestStreamHandler {
        public EchoHandler() {
            CONSTRUCTED.incrementAndGet();
        }

        @Override
        public void handleRequest(InputStream in, OutputStream out, Context context) throws java.io.IOException {
            context.getLogger().log("echo");
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            out.write(JSON.createObjectNode()
                    .put("payload", body)
                    .put("function", context.getFunctionName())
                    .put("version", context.getFunctionVersion())
                    .put("arn", context.getInvokedFunctionArn())
                    .put("memory", context.getMemoryLimitInMB())
                    .put("remaining", context.getRemainingTimeInMillis())
                    .put("requestId", context.getAwsRequestId())
                    .toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Fails the way a business rule does. */
    public static final class FailingHandler implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream in, OutputStream out, Context context) {
            throw new IllegalStateException("out of stock: p-1");
        }
    }

    /** Never answers in time. */
    public static final class SlowHandler implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream in, OutputStream out, Context context) throws java.io.IOException {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Takes longer to build than its 1 s Timeout allows a call; Lambda does not count the init phase. */
    public static final class SlowInitHandler implements RequestStreamHandler {
        public SlowInitHandler() throws InterruptedException {
            Thread.sleep(1_500);
        }

        @Override
        public void handleRequest(InputStream in, OutputStream out, Context context) throws java.io.IOException {
            out.write("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private final LocalLambdaInvoker invoker = new LocalLambdaInvoker(List.of(
            FunctionDefinition.of("SlowInit", SlowInitHandler.class.getName(), 128, 1),
            FunctionDefinition.of("Echo", EchoHandler.class.getName() + "::handleRequest", 512, 20),
            FunctionDefinition.of("Failing", FailingHandler.class.getName() + "::handleRequest", 1024, 20),
            FunctionDefinition.of("Slow", SlowHandler.class.getName(), 128, 1),
            FunctionDefinition.of("Missing", "app.orderdesk.NoSuchHandler", 128, 3)));

    @AfterEach
    void close() {
        invoker.close();
    }

    @Test
    void invokesByNameOrArnWithAProperContextAndOneInstance() throws Exception {
        int before = CONSTRUCTED.get();
        LambdaResponse byName = invoker.invoke("Echo", "{\"a\":1}");
        LambdaResponse byArn = invoker.invoke("arn:aws:lambda:us-east-1:111111111111:function:Echo:$LATEST", "{}");

        JsonNode echo = JSON.readTree(((LambdaResponse.Success) byName).body());
        assertThat(echo.path("payload").asText()).isEqualTo("{\"a\":1}");
        assertThat(echo.path("function").asText()).isEqualTo("Echo");
        assertThat(echo.path("version").asText()).isEqualTo("$LATEST");
        assertThat(echo.path("arn").asText()).isEqualTo("arn:aws:lambda:us-east-1:111111111111:function:Echo");
        assertThat(echo.path("memory").asInt()).isEqualTo(512);
        assertThat(echo.path("remaining").asInt()).isBetween(15_000, 20_000);
        assertThat(echo.path("requestId").asText()).matches("[0-9a-f-]{36}");
        assertThat(byArn).isInstanceOf(LambdaResponse.Success.class);
        assertThat(CONSTRUCTED.get() - before).isEqualTo(1);
    }

    @Test
    void aDelayedPreloadBuildsNothingBeforeItsTimeAndEveryHandlerAfter() throws Exception {
        int before = CONSTRUCTED.get();
        invoker.preload(Duration.ofMillis(800));
        assertThat(invoker.awaitPreloaded(Duration.ofMillis(400))).as("done during its delay").isFalse();
        assertThat(CONSTRUCTED.get()).as("handlers built during the delay").isEqualTo(before);

        assertThat(invoker.awaitPreloaded(Duration.ofSeconds(30))).as("done after its delay").isTrue();
        assertThat(CONSTRUCTED.get() - before).as("Echo built by the preload").isEqualTo(1);
        invoker.invoke("Echo", "{}");
        assertThat(CONSTRUCTED.get() - before).as("and not again by a call").isEqualTo(1);
    }

    @Test
    void aPreloadStoppedDuringItsDelayLeavesEveryBuildToTheFirstCall() throws Exception {
        int before = CONSTRUCTED.get();
        invoker.preload(Duration.ofMillis(200));
        invoker.stopPreload();
        Thread.sleep(700); // past the delay: the stopped preload must not begin then
        assertThat(CONSTRUCTED.get()).isEqualTo(before);
        assertThat(invoker.invoke("Echo", "{}")).isInstanceOf(LambdaResponse.Success.class);
        assertThat(CONSTRUCTED.get() - before).isEqualTo(1);
    }

    @Test
    void reportsAnUnhandledExceptionLikeTheJavaRuntime() throws Exception {
        LambdaResponse response = invoker.invoke("Failing", "{}");

        assertThat(response).isInstanceOf(LambdaResponse.FunctionError.class);
        LambdaResponse.FunctionError error = (LambdaResponse.FunctionError) response;
        assertThat(error.errorType()).isEqualTo("java.lang.IllegalStateException");
        JsonNode payload = JSON.readTree(error.errorPayload());
        assertThat(payload.path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(payload.path("errorMessage").asText()).isEqualTo("out of stock: p-1");
        assertThat(payload.path("requestId").asText()).matches("[0-9a-f-]{36}");
        assertThat(payload.path("stackTrace").isArray()).isTrue();
        assertThat(payload.path("stackTrace").get(0).asText()).contains("FailingHandler.handleRequest");
    }

    @Test
    void timesOutAfterTheFunctionTimeout() {
        LambdaResponse response = invoker.invoke("Slow", "{}");
        assertThat(response).isInstanceOf(LambdaResponse.FunctionError.class);
        assertThat(((LambdaResponse.FunctionError) response).errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(((LambdaResponse.FunctionError) response).errorPayload()).contains("Task timed out after 1.00 seconds");
    }

    @Test
    void theInitPhaseDoesNotCountAgainstTheTimeout() {
        assertThat(invoker.invoke("SlowInit", "{}")).isEqualTo(new LambdaResponse.Success("{\"ok\":true}"));
    }

    @Test
    void answersNotFoundForUnknownFunctionsAndReportsMissingHandlerClasses() {
        assertThat(invoker.invoke("Nope", "{}")).isEqualTo(
                new LambdaResponse.NotFound("arn:aws:lambda:us-east-1:111111111111:function:Nope"));
        LambdaResponse missing = invoker.invoke("Missing", "{}");
        assertThat(((LambdaResponse.FunctionError) missing).errorType()).isEqualTo("java.lang.ClassNotFoundException");
    }
}
