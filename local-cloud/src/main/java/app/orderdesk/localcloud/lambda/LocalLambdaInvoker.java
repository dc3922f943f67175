package app.orderdesk.localcloud.lambda;

import app.orderdesk.localcloud.aws.LocalAccount;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the template's Java handlers in this JVM the way the Lambda Java runtime does: one handler
 * instance per function (created on first use), a {@link com.amazonaws.services.lambda.runtime.Context}
 * per call, the function's Timeout enforced, and unhandled exceptions reported as error payloads.
 */
public final class LocalLambdaInvoker implements LambdaBackend, AutoCloseable {

    /** Like a reserved-concurrency limit: beyond it callers wait, then are throttled. */
    private static final int MAX_CONCURRENT_INVOCATIONS = 64;
    private static final long THROTTLE_WAIT_SECONDS = 30;

    private final Map<String, FunctionDefinition> functions = new ConcurrentHashMap<>();
    private final Map<String, HandlerSlot> handlers = new ConcurrentHashMap<>();
    private final Semaphore concurrency = new Semaphore(MAX_CONCURRENT_INVOCATIONS);
    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());

    public LocalLambdaInvoker(Collection<FunctionDefinition> definitions) {
        definitions.forEach(d -> functions.put(d.name(), d));
    }

    /** Adds or replaces a function (its handler instance is created again on next use). */
    public void register(FunctionDefinition definition) {
        functions.put(definition.name(), definition);
        handlers.remove(definition.name());
    }

    /**
     * Builds every handler in the background, as SnapStart would have before the first request, so
     * the first order does not pay for class loading and SDK client creation. Failures surface on invoke.
     */
    public void preload() {
        functions.values().forEach(function -> workers.submit(() -> {
            try {
                handler(function);
            } catch (RuntimeException reportedOnInvoke) {
                // the same error is raised, and reported properly, by the first invocation
            }
        }));
    }

    public boolean isKnown(String functionNameOrArn) {
        return functions.containsKey(functionName(functionNameOrArn));
    }

    @Override
    public LambdaResponse invoke(String functionNameOrArn, String payloadJson) {
        return invoke(functionNameOrArn, payloadJson.getBytes(StandardCharsets.UTF_8));
    }

    /** Invokes synchronously (RequestResponse) with the raw payload bytes. */
    public LambdaResponse invoke(String functionNameOrArn, byte[] payload) {
        FunctionDefinition function = functions.get(functionName(functionNameOrArn));
        if (function == null) {
            return new LambdaResponse.NotFound(functionNameOrArn.startsWith("arn:")
                    ? functionNameOrArn : LocalAccount.functionArn(functionNameOrArn));
        }
        String requestId = UUID.randomUUID().toString();
        try {
            if (!concurrency.tryAcquire(THROTTLE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return error("Lambda.TooManyRequestsException", "Rate Exceeded.", requestId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("Lambda.SdkClientException", "interrupted while waiting for a free slot", requestId);
        }
        try {
            return run(function, LocalAccount.functionArn(function.name()), payload, requestId);
        } finally {
            concurrency.release();
        }
    }

    private LambdaResponse run(FunctionDefinition function, String arn, byte[] payload, String requestId) {
        Future<String> call = workers.submit(() -> {
            RequestStreamHandler handler = handler(function);
            LocalContext context = new LocalContext(requestId, function, arn, System.currentTimeMillis());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(payload), out, context);
            return out.toString(StandardCharsets.UTF_8);
        });
        try {
            return new LambdaResponse.Success(call.get(function.timeoutSeconds(), TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof HandlerInitializationException init ? init.getCause() : e.getCause();
            return new LambdaResponse.FunctionError(cause.getClass().getName(), LambdaErrorPayload.of(cause, requestId));
        } catch (TimeoutException e) {
            call.cancel(true);
            return error("Sandbox.Timedout", Instant.now() + " " + requestId + " Task timed out after "
                    + function.timeoutSeconds() + ".00 seconds", requestId);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return error("Lambda.SdkClientException", "interrupted", requestId);
        }
    }

    private RequestStreamHandler handler(FunctionDefinition function) {
        // One slot per function, locked on its own: handlers of different functions are built in parallel.
        return handlers.computeIfAbsent(function.name(), name -> new HandlerSlot(function)).get();
    }

    /** Builds a function's handler once, on first use, like a Lambda execution environment's init phase. */
    private static final class HandlerSlot {
        private final FunctionDefinition function;
        private RequestStreamHandler handler;

        HandlerSlot(FunctionDefinition function) {
            this.function = function;
        }

        synchronized RequestStreamHandler get() {
            if (handler == null) {
                handler = instantiate(function);
            }
            return handler;
        }

        private static RequestStreamHandler instantiate(FunctionDefinition function) {
            try {
                Class<?> type = Class.forName(function.handlerClass());
                return (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
            } catch (InvocationTargetException e) {
                throw new HandlerInitializationException(e.getCause());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new HandlerInitializationException(e);
            }
        }
    }

    private static LambdaResponse error(String type, String message, String requestId) {
        return new LambdaResponse.FunctionError(type, LambdaErrorPayload.of(type, message, requestId, new StackTraceElement[0]));
    }

    /** {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]} or a plain name → NAME. */
    static String functionName(String nameOrArn) {
        if (!nameOrArn.startsWith("arn:")) {
            return nameOrArn;
        }
        String[] parts = nameOrArn.split(":");
        return parts.length >= 7 ? parts[6] : nameOrArn;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "lambda-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Carries a handler constructor's failure so it is reported with the original exception's type. */
    private static final class HandlerInitializationException extends RuntimeException {
        HandlerInitializationException(Throwable cause) {
            super(cause);
        }
    }
}
