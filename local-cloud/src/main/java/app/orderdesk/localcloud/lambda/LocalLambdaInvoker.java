package app.orderdesk.localcloud.lambda;

import app.orderdesk.localcloud.aws.LocalAccount;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
 * instance per function (created on first use, by the {@link FunctionRuntime}: the deployment artifact
 * in its own class loader), a {@link com.amazonaws.services.lambda.runtime.Context} per call, the
 * function's Timeout enforced, and unhandled exceptions reported as error payloads.
 */
public final class LocalLambdaInvoker implements LambdaBackend, AutoCloseable {

    /** Like a reserved-concurrency limit: beyond it callers wait, then are throttled. */
    private static final int MAX_CONCURRENT_INVOCATIONS = 64;
    private static final long THROTTLE_WAIT_SECONDS = 30;
    /** Lambda stops an on-demand init after 10 s; locally generous, since all functions initialise together on few cores. */
    private static final long MAX_INIT_SECONDS = 120;
    private static final int PRELOAD_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Map<String, FunctionDefinition> functions = new ConcurrentHashMap<>();
    private final Map<String, HandlerSlot> handlers = new ConcurrentHashMap<>();
    private final Semaphore concurrency = new Semaphore(MAX_CONCURRENT_INVOCATIONS);
    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
    private volatile FunctionRuntime runtime;
    /** Told of every invocation and how long its handler ran (the benchmark's cost counting); none by default. */
    private volatile java.util.function.ObjLongConsumer<String> invocationObserver = (function, nanos) -> {};

    /** Handlers from this class path (unit tests); {@link #deploy} switches to the deployment artifact. */
    public LocalLambdaInvoker(Collection<FunctionDefinition> definitions) {
        this(definitions, new ClassPathRuntime());
    }

    public LocalLambdaInvoker(Collection<FunctionDefinition> definitions, FunctionRuntime runtime) {
        definitions.forEach(d -> functions.put(d.name(), d));
        this.runtime = runtime;
    }

    /** Runs every function from now on with {@code deployed}; handlers are built again on next use. */
    public void deploy(FunctionRuntime deployed) {
        FunctionRuntime previous = runtime;
        runtime = deployed;
        handlers.clear();
        previous.close();
    }

    /** Adds or replaces a function (its handler instance is created again on next use). */
    public void register(FunctionDefinition definition) {
        functions.put(definition.name(), definition);
        handlers.remove(definition.name());
    }

    /** The preload's threads, stopped on close (pending builds dropped). */
    private volatile java.util.concurrent.ExecutorService preloading;

    /**
     * Builds every handler in the background, as SnapStart would have before the first request, so
     * the first order does not pay for class loading and SDK client creation. Failures surface on invoke.
     */
    public void preload() {
        preload(java.time.Duration.ZERO);
    }

    /**
     * The same, beginning {@code after} from now ({@code ./desk start} lets the desktop app's start have the cores
     * first, ADR 0060). Until then, and while it runs, a function asked for is built on demand; {@link #stopPreload}
     * and {@link #close} drop a preload that has not begun.
     */
    public void preload(java.time.Duration after) {
        // A few at a time: started all at once (28 functions) on 2 shared cores, every init crawled and the
        // first order waited a minute for its function; a function asked for meanwhile is built on demand.
        var preloading = Executors.newFixedThreadPool(PRELOAD_THREADS, daemonThreads());
        this.preloading = preloading;
        Runnable submitAll = () -> {
            try {
                functions.values().forEach(function -> preloading.submit(() -> {
                    try {
                        handler(function);
                    } catch (RuntimeException reportedOnInvoke) {
                        // the same error is raised, and reported properly, by the first invocation
                    }
                }));
                preloading.shutdown();
            } catch (java.util.concurrent.RejectedExecutionException stoppedMeanwhile) {
                // stopPreload or close came first
            }
        };
        if (after.isZero() || after.isNegative()) {
            submitAll.run();
            return;
        }
        java.util.concurrent.CompletableFuture.delayedExecutor(after.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(submitAll);
    }

    /** Drops the preload's builds that have not begun (those under way finish); a function not built is built on first use. */
    public void stopPreload() {
        var running = preloading;
        if (running != null) {
            running.shutdownNow();
        }
    }

    /**
     * Builds the named functions' handlers now, on the calling thread, unless the preload already has (one it is
     * building is waited for). A build that fails is thrown here.
     */
    public void buildHandlers(Collection<String> functionNamesOrArns) {
        for (String nameOrArn : functionNamesOrArns) {
            FunctionDefinition function = functions.get(functionName(nameOrArn));
            if (function == null) {
                throw new IllegalArgumentException("no function " + nameOrArn);
            }
            handler(function);
        }
    }

    /** Waits until the preload has built every handler (or failed to); false if {@code timeout} passed first or none ran. */
    public boolean awaitPreloaded(java.time.Duration timeout) throws InterruptedException {
        var running = preloading;
        return running != null && running.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** From now on, {@code observer} hears of every invocation: the function's name and its handler's run time in ns. */
    public void observeInvocations(java.util.function.ObjLongConsumer<String> observer) {
        invocationObserver = observer;
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
        CompletableFuture<Void> initialised = new CompletableFuture<>();
        Future<String> call = workers.submit(() -> {
            FunctionRuntime.Handler handler;
            try {
                handler = handler(function);
            } finally {
                initialised.complete(null);
            }
            LocalContext context = new LocalContext(requestId, function, arn, System.currentTimeMillis());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long started = System.nanoTime();
            try {
                handler.handleRequest(new ByteArrayInputStream(payload), out, context);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable other) {
                throw new IllegalStateException(other);
            } finally {
                invocationObserver.accept(function.name(), System.nanoTime() - started);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
        try {
            // As in Lambda, the Timeout covers the invocation, not the init phase (building the handler from the
            // artifact, which on 2 shared cores with every function initialising at once can take seconds).
            initialised.get(MAX_INIT_SECONDS, TimeUnit.SECONDS);
            return new LambdaResponse.Success(call.get(function.timeoutSeconds(), TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof HandlerInitializationException init ? init.getCause() : e.getCause();
            return new LambdaResponse.FunctionError(cause.getClass().getName(), LambdaErrorPayload.of(cause, requestId));
        } catch (TimeoutException e) {
            call.cancel(true);
            if (!initialised.isDone()) {
                return error("Runtime.InitError", function.name() + " did not finish its init phase within " + MAX_INIT_SECONDS + " s", requestId);
            }
            return error("Sandbox.Timedout", Instant.now() + " " + requestId + " Task timed out after "
                    + function.timeoutSeconds() + ".00 seconds", requestId);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return error("Lambda.SdkClientException", "interrupted", requestId);
        }
    }

    private FunctionRuntime.Handler handler(FunctionDefinition function) {
        // One slot per function, locked on its own: handlers of different functions are built in parallel.
        FunctionRuntime current = runtime;
        return handlers.computeIfAbsent(function.name(), name -> new HandlerSlot(function, current)).get();
    }

    /** Builds a function's handler once, on first use, like a Lambda execution environment's init phase. */
    private static final class HandlerSlot {
        private final FunctionDefinition function;
        private final FunctionRuntime runtime;
        private FunctionRuntime.Handler handler;

        HandlerSlot(FunctionDefinition function, FunctionRuntime runtime) {
            this.function = function;
            this.runtime = runtime;
        }

        synchronized FunctionRuntime.Handler get() {
            if (handler == null) {
                try {
                    handler = runtime.start(function);
                } catch (Throwable initFailed) {
                    throw new HandlerInitializationException(initFailed);
                }
            }
            return handler;
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
        var preloadsLeft = preloading;
        if (preloadsLeft != null) {
            preloadsLeft.shutdownNow(); // a cloud closed right after its start must not go on building handlers for nobody
        }
        workers.shutdownNow();
        runtime.close();
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
