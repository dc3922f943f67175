package app.orderdesk.localcloud;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.localcloud.apigateway.ApiGatewayFront;
import app.orderdesk.localcloud.apigateway.CognitoTokenVerifier;
import app.orderdesk.localcloud.apigateway.RouteTable;
import app.orderdesk.localcloud.aws.AwsClients;
import app.orderdesk.localcloud.deploy.ApiSettings;
import app.orderdesk.localcloud.deploy.BootThreads;
import app.orderdesk.localcloud.deploy.DeployStamp;
import app.orderdesk.localcloud.deploy.DeployedStack;
import app.orderdesk.localcloud.deploy.FunctionEnvironments;
import app.orderdesk.localcloud.deploy.LocalResourceNames;
import app.orderdesk.localcloud.deploy.SamTemplate;
import app.orderdesk.localcloud.deploy.TemplateDeployer;
import app.orderdesk.localcloud.emulators.EmulatorEndpoints;
import app.orderdesk.localcloud.emulators.EmulatorPorts;
import app.orderdesk.localcloud.emulators.EmulatorProcess;
import app.orderdesk.localcloud.emulators.RepositoryLayout;
import app.orderdesk.localcloud.iam.FunctionIamFiles;
import app.orderdesk.localcloud.integrations.EmulatorServiceIntegrations;
import app.orderdesk.localcloud.lambda.ArtifactRuntime;
import app.orderdesk.localcloud.lambda.FunctionDefinition;
import app.orderdesk.localcloud.lambda.FunctionRuntime;
import app.orderdesk.localcloud.lambda.LambdaArtifact;
import app.orderdesk.localcloud.lambda.LocalLambdaInvoker;
import app.orderdesk.localcloud.lambda.SdkCallLog;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.service.StepFunctionsHttpServer;
import app.orderdesk.localcloud.stepfunctions.service.StepFunctionsService;
import app.orderdesk.localcloud.deploy.SqsEventSource;
import app.orderdesk.localcloud.deploy.WebSocketApiSettings;
import app.orderdesk.localcloud.eventsources.SqsEventSourcePoller;
import app.orderdesk.localcloud.websocket.ConnectionsEndpoint;
import app.orderdesk.localcloud.websocket.WebSocketApiServer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole local cloud, wired: emulators, the deployed template, Lambda invoker, Step Functions
 * service and API front. Start one with {@link #start}, or share one per JVM with {@link #shared()}.
 */
public final class LocalCloud implements AutoCloseable {

    private static LocalCloud shared;

    private final LocalCloudOptions options;
    private final Path dataDir;
    private final Path profileDir;
    private final EmulatorProcess emulators;
    private AwsClients aws;
    private LocalLambdaInvoker lambda;
    private StepFunctionsService stepFunctions;
    private StepFunctionsHttpServer stepFunctionsServer;
    private TemplateDeployer deployer;
    private DeployedStack stack;
    private Map<Path, LambdaArtifact> artifacts;
    private final Map<String, Map<String, String>> functionEnvironments = new LinkedHashMap<>();
    private ApiGatewayFront api;
    private WebSocketApiServer pushApi;
    private ConnectionsEndpoint pushConnections;
    private final List<SqsEventSourcePoller> eventSources = new ArrayList<>();
    private ConnectionProfile profile;
    private Path profileFile;
    private Duration startupTime;
    private final StartupPhases phases = new StartupPhases();
    private final SdkCallLog sdkCalls = new SdkCallLog();
    private final app.orderdesk.localcloud.metering.Meter meter =
            app.orderdesk.localcloud.metering.Meter.enabled() ? new app.orderdesk.localcloud.metering.Meter().install() : null;

    private LocalCloud(LocalCloudOptions options, RepositoryLayout layout) {
        this.options = options;
        this.dataDir = Directories.created(options.dataDir() != null ? options.dataDir()
                : options.deleteDataOnClose() ? Directories.temporary("orderdesk-local-cloud-") : layout.defaultDataDir());
        this.profileDir = options.profileDir() != null ? options.profileDir() : dataDir.resolve("home");
        EmulatorPorts ports = options.emulatorPorts() != null ? options.emulatorPorts() : EmulatorPorts.free();
        this.emulators = new EmulatorProcess(layout.emulatorsDir(), dataDir.resolve("emulators"), ports);
    }

    /** Starts everything and returns when the API answers; fails with a clear message otherwise. */
    public static LocalCloud start(LocalCloudOptions options) {
        long started = System.nanoTime();
        RepositoryLayout layout = RepositoryLayout.locate();
        LocalCloud cloud = new LocalCloud(options, layout);
        try {
            cloud.boot(layout);
        } catch (RuntimeException e) {
            cloud.close();
            throw e;
        }
        cloud.startupTime = Duration.ofNanos(System.nanoTime() - started);
        return cloud;
    }

    /** One ephemeral local cloud per JVM, closed by a shutdown hook: what tests use. */
    public static synchronized LocalCloud shared() {
        if (shared == null) {
            shared = start(LocalCloudOptions.ephemeral());
            LocalCloud closing = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(closing::close, "local-cloud-shared-close"));
        }
        return shared;
    }

    private void boot(RepositoryLayout layout) {
        Duration preloadDelay = preloadDelay(System.getProperty("orderdesk.local.preloadDelayMs")); // a wrong value fails before anything starts
        app.orderdesk.localcloud.trace.BootTrace.at("boot");
        // Node boots in about a second; build the JVM side meanwhile instead of waiting for it.
        CompletableFuture<EmulatorEndpoints> emulatorsUp = CompletableFuture.supplyAsync(emulators::start, BootThreads.EACH_ITS_OWN);
        EmulatorEndpoints endpoints = emulators.endpoints();
        // People may deploy the template with their own parameters (the store's time zone), as with sam deploy.
        SamTemplate template = options.template() != null ? options.template() : SamTemplate.load(layout.template())
                .withParameters(LocalCloudOptions.parameterOverrides(System.getenv(LocalCloudOptions.PARAMETER_OVERRIDES_VARIABLE)));
        aws = new AwsClients(endpoints);
        phases.mark("jvm-setup");
        app.orderdesk.localcloud.trace.BootTrace.at("jvm-setup");
        deployer = new TemplateDeployer(template, aws);
        CompletableFuture<Map<Path, LambdaArtifact>> artifactsUnpacked = CompletableFuture.supplyAsync(this::unpackArtifacts, BootThreads.EACH_ITS_OWN);
        CompletableFuture<DeployStamp.Inputs> deployInputs = CompletableFuture.supplyAsync(() -> DeployStamp.Inputs.of(template,
                deployer.functions().stream().map(f -> deployer.templateFunctions().codeUri(f.name())).collect(java.util.stream.Collectors.toSet()),
                dataDir.resolve("emulators")), BootThreads.EACH_ITS_OWN);
        lambda = new LocalLambdaInvoker(deployer.functions(), notDeployedYet());
        stepFunctions = new StepFunctionsService(lambda, new EmulatorServiceIntegrations(aws.sns()));
        stepFunctionsServer = new StepFunctionsHttpServer(stepFunctions);
        stepFunctionsServer.start("127.0.0.1", options.stepFunctionsPort());

        phases.mark("step-functions");
        awaitEmulators(emulatorsUp);
        phases.mark("emulators-wait");
        app.orderdesk.localcloud.trace.BootTrace.at("emulators up");
        app.orderdesk.localcloud.trace.BootTrace.at("inputs");
        DeployStamp.Inputs inputs = join(deployInputs);
        app.orderdesk.localcloud.trace.BootTrace.at("inputs hashed");
        // ORDERDESK_REUSE_DEPLOY=0 deploys in full at every start (to compare; the stamp is still written).
        DeployStamp lastDeploy = "0".equals(System.getenv("ORDERDESK_REUSE_DEPLOY")) ? null
                : DeployStamp.read(dataDir).filter(stamp -> stamp.inputs().equals(inputs)).orElse(null);
        DeployStamp.delete(dataDir); // written again once this deploy completed: one that stops half way leaves none
        stack = deployer.deploy((name, definition, role, type) -> stepFunctions.createStateMachine(name, definition, role, type).arn(),
                lastDeploy);
        app.orderdesk.localcloud.trace.BootTrace.at("deployed");
        artifacts = join(artifactsUnpacked);
        app.orderdesk.localcloud.trace.BootTrace.at("artifacts");
        startPushApi(); // before the functions: the notifier's environment names its @connections endpoint
        app.orderdesk.localcloud.trace.BootTrace.at("pushApi");
        lambda.deploy(functionRuntime(endpoints));
        app.orderdesk.localcloud.trace.BootTrace.at("functions");
        new DeployStamp(inputs, stack.userPoolId(), stack.clientId()).write(dataDir);
        if (meter != null) {
            lambda.observeInvocations(meter::invocation);
        }
        phases.mark("deploy");
        // Like SnapStart, handlers and their SDK clients are built before the first call, but after the API is up:
        // started here, their class loading took the 2 cores from the API's start and delayed "ready"
        // (ORDERDESK_PRELOAD_EARLY=1 starts it here, as before, to compare).
        boolean preloadEarly = "1".equals(System.getenv("ORDERDESK_PRELOAD_EARLY"));
        if (preloadEarly) {
            lambda.preload();
        }

        ApiSettings settings = ApiSettings.from(template);
        api = new ApiGatewayFront(settings.stageName(), new RouteTable(deployer.templateFunctions().routes()),
                CognitoTokenVerifier.forUserPool(endpoints.cognito(), stack.userPoolId(), stack.clientId()),
                lambda, settings.rateLimit(), settings.burstLimit());
        app.orderdesk.localcloud.trace.BootTrace.at("api built");
        api.start(options.apiPort());
        app.orderdesk.localcloud.trace.BootTrace.at("api started");

        startEventSources();

        profile = new ConnectionProfile("local", LocalResourceNames.REGION, api.url(), stack.userPoolId(),
                stack.clientId(), endpoints.cognito().toString(), pushApi == null ? null : pushApi.url());
        app.orderdesk.localcloud.trace.BootTrace.at("event sources");
        profileFile = ProfileWriter.write(profileDir, profile);
        phases.mark("api");
        if (!preloadEarly) {
            lambda.preload(preloadDelay);
        }
    }

    /**
     * {@code -Dorderdesk.local.preloadDelayMs=N}: the preload begins N ms after "ready" (default at once). Set by
     * {@code ./desk start}, whose desktop app starts beside the cloud on the same cores (ADR 0060); tests wait
     * for the preload and keep the default.
     */
    static Duration preloadDelay(String millis) {
        if (millis == null) {
            return Duration.ZERO;
        }
        try {
            return millis.isBlank() ? Duration.ZERO : Duration.ofMillis(Long.parseLong(millis.trim()));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("orderdesk.local.preloadDelayMs must be a number of milliseconds, not '" + millis + "'");
        }
    }

    /**
     * The template's WebSocket API (live updates): the socket side on its own port (the REST port + 7 with
     * fixed ports) and its {@code @connections} endpoint (+ 8). Routes invoke their functions through the
     * same invoker as the REST API.
     */
    private void startPushApi() {
        List<WebSocketApiSettings> apis = deployer.webSocketApis();
        if (apis.isEmpty()) {
            return;
        }
        if (apis.size() > 1) {
            throw new IllegalStateException("the local cloud serves one WebSocket API; the template has " + apis.size());
        }
        WebSocketApiSettings settings = apis.getFirst();
        pushApi = new WebSocketApiServer(settings.apiId(), settings.stageName(), settings.routeFunctions(),
                settings.twoWayRoutes(), lambda);
        pushApi.start(options.pushApiPort());
        pushConnections = new ConnectionsEndpoint(pushApi);
        pushConnections.start(options.connectionsPort());
    }

    /** Lambda's SQS event source mappings: one poller per {@code Type: SQS} event in the template. */
    private void startEventSources() {
        for (SqsEventSource source : deployer.sqsEventSources()) {
            eventSources.add(new SqsEventSourcePoller(aws.sqs(), lambda, new SqsEventSourcePoller.Mapping(source.functionName(),
                    source.queueUrl(), source.queueArn(), source.batchSize(), source.reportsBatchItemFailures()),
                    LocalResourceNames.REGION, meter == null ? (name, amount) -> {} : meter).start());
        }
    }

    private static void awaitEmulators(CompletableFuture<EmulatorEndpoints> emulatorsUp) {
        join(emulatorsUp);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Each distinct CodeUri, unpacked as Lambda would (lib/*.jar). */
    private Map<Path, LambdaArtifact> unpackArtifacts() {
        Map<Path, LambdaArtifact> unpacked = new LinkedHashMap<>();
        for (FunctionDefinition function : deployer.functions()) {
            unpacked.computeIfAbsent(deployer.templateFunctions().codeUri(function.name()), LambdaArtifact::unpack);
        }
        return unpacked;
    }

    /**
     * Every function from its deployment artifact in its own class loader, with its own environment
     * (template + Lambda runtime + local endpoints) and its IAM policy enforced on every SDK call.
     */
    private FunctionRuntime functionRuntime(EmulatorEndpoints endpoints) {
        FunctionIamFiles iam = new FunctionIamFiles(dataDir.resolve("lambda"));
        Map<String, ArtifactRuntime.FunctionSetup> setups = new LinkedHashMap<>();
        Path metering = meter == null ? null
                : app.orderdesk.localcloud.metering.FunctionMeteringFiles.write(dataDir.resolve("lambda").resolve("metering"));
        for (FunctionDefinition function : deployer.functions()) {
            Map<String, String> environment = FunctionEnvironments.of(function, stack.functionEnvironments().get(function.name()),
                    endpoints, stepFunctionsEndpoint());
            if (pushConnections != null) {
                // the SDK's standard endpoint variable, as for the emulators; in AWS PUSH_CALLBACK_URL names the stage URL
                environment.put("AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI", pushConnections.url());
            }
            functionEnvironments.put(function.name(), environment);
            List<Path> classPath = new ArrayList<>(artifacts.get(deployer.templateFunctions().codeUri(function.name())).classPath());
            classPath.addAll(iam.classPathFor(function.name(), stack.functionPolicies().get(function.name())));
            if (metering != null) {
                classPath.add(metering);
            }
            setups.put(function.name(), new ArtifactRuntime.FunctionSetup(classPath, environment));
        }
        return new ArtifactRuntime(setups, sdkCalls);
    }

    private static FunctionRuntime notDeployedYet() {
        return function -> {
            throw new IllegalStateException(function.name() + " is not deployed yet");
        };
    }

    // ---------- what tests and other modules use ----------

    /** {@code http://127.0.0.1:PORT/v1} */
    public String apiUrl() { return api.url(); }

    /** The WebSocket API for live updates, {@code ws://127.0.0.1:PORT/v1} (connect with {@code ?token=<ID token>}). */
    public String pushUrl() { return pushApi.url(); }

    /** The WebSocket API's {@code @connections} endpoint, as the notifier's SDK client is pointed at it. */
    public String pushConnectionsUrl() { return pushConnections.url(); }

    /** Drops every open WebSocket as a network failure would (desk fallback tests). */
    public void dropPushConnections() { pushApi.dropAllConnections(); }

    /** How many desks are connected to the WebSocket API now. */
    public int openPushConnections() { return pushApi.openConnections(); }

    public ConnectionProfile profile() { return profile; }

    /** Where {@code local.json} was written. */
    public Path profileFile() { return profileFile; }

    /** {@code staff}, {@code managers} (or {@code manager}), {@code support}, or {@code newhire}. */
    public DemoUser demoUser(String role) {
        String key = role.toLowerCase(Locale.ROOT);
        DemoUser user = stack.demoUsers().get("manager".equals(key) ? "managers" : key);
        if (user == null) {
            throw new IllegalArgumentException("no demo user for role " + role + "; known: " + stack.demoUsers().keySet());
        }
        return user;
    }

    /** Every demo user, by role, in banner order. */
    public Map<String, DemoUser> demoUsers() { return stack.demoUsers(); }

    public URI dynamoDbEndpoint() { return emulators.endpoints().dynamoDb(); }

    public URI s3Endpoint() { return emulators.endpoints().s3(); }

    public URI cognitoEndpoint() { return emulators.endpoints().cognito(); }

    /** aws-ses-v2-local: {@code GET /store} lists the mail sent. */
    public URI sesEndpoint() { return emulators.endpoints().ses(); }

    public URI snsEndpoint() { return emulators.endpoints().sns(); }

    public URI sqsEndpoint() { return emulators.endpoints().sqs(); }

    public URI stepFunctionsEndpoint() { return URI.create("http://127.0.0.1:" + stepFunctionsServer.port()); }

    /** The queue subscribed (raw delivery: body = the published message) to OrderEventsTopic. */
    public String orderEventsQueueUrl() { return queueUrl("OrderEventsTopic"); }

    /** The queue subscribed (raw delivery) to AlertsTopic. */
    public String alertsQueueUrl() { return queueUrl("AlertsTopic"); }

    /** The ARN of a template topic, e.g. {@code topicArn("OrderEventsTopic")}. */
    public String topicArn(String logicalId) {
        String arn = stack.topicArns().get(logicalId);
        if (arn == null) {
            throw new IllegalArgumentException("no topic " + logicalId + " in the template; known: " + stack.topicArns().keySet());
        }
        return arn;
    }

    /** The local name of a template table, e.g. {@code tableName("OrdersTable")}. */
    public String tableName(String logicalId) {
        String name = stack.tables().get(logicalId);
        if (name == null) {
            throw new IllegalArgumentException("no table " + logicalId + " in the template; known: " + stack.tables().keySet());
        }
        return name;
    }

    public String bucketName() { return single(stack.buckets(), "bucket"); }

    public String stateMachineArn() { return single(stack.stateMachineArns(), "state machine"); }

    /**
     * The ARN of the newest execution of the order workflow for {@code orderId} — named after the order, or after
     * the order and its retry ({@code <orderId>-retry-<n>}) — or null when none started. An Express execution's
     * ARN carries a generated id, so tests look it up here (AWS: in the workflow's log) rather than building it.
     */
    public String latestExecutionArn(String orderId) {
        List<String> all = executionArns(orderId);
        return all.isEmpty() ? null : all.getLast();
    }

    /** Every execution of the order workflow for {@code orderId} (its runs and retries), oldest first. */
    public List<String> executionArns(String orderId) {
        return stepFunctions.executionArns(stateMachineArn(), name -> name.equals(orderId) || name.startsWith(orderId + "-retry-"));
    }

    public String userPoolId() { return stack.userPoolId(); }

    public String clientId() { return stack.clientId(); }

    /** The template's functions, by name. */
    public java.util.Set<String> functionNames() { return java.util.Collections.unmodifiableSet(functionEnvironments.keySet()); }

    /** The whole environment a function runs with: its template variables, the Lambda runtime's and the local endpoints. */
    public Map<String, String> functionEnvironment(String functionName) {
        Map<String, String> environment = functionEnvironments.get(functionName);
        if (environment == null) {
            throw new IllegalArgumentException("no function " + functionName + "; known: " + functionEnvironments.keySet());
        }
        return environment;
    }

    /** The deployment artifact the functions run from (the template's CodeUri, unpacked). */
    public LambdaArtifact lambdaArtifact() {
        if (artifacts.size() != 1) {
            throw new IllegalStateException("expected one deployment artifact, found " + artifacts.keySet());
        }
        return artifacts.values().iterator().next();
    }

    /** Invokes a function synchronously, as {@code lambda:InvokeFunction} would (tests re-deliver workflow tasks with it). */
    public LambdaBackend.LambdaResponse invoke(String functionName, String payloadJson) {
        return lambda.invoke(functionName, payloadJson);
    }

    public Path dataDir() { return dataDir; }

    /** Every SDK request the functions have sent (counted by a reporter in each function's class loader). */
    public SdkCallLog sdkCalls() { return sdkCalls; }
    /**
     * What the functions counted (SDK calls, DynamoDB capacity, invocations and durations) when this
     * cloud was started with {@code -Dorderdesk.local.metering=true}; empty otherwise.
     */
    public java.util.Optional<app.orderdesk.localcloud.metering.Meter> meter() { return java.util.Optional.ofNullable(meter); }

    public Duration startupTime() { return startupTime; }

    /**
     * Waits until every function's handler is built (the preload that starts once the API is up), so a test's
     * first order does not pay each function's init inside its step's timeout on a loaded machine.
     */
    public boolean awaitHandlersBuilt(Duration timeout) throws InterruptedException { return lambda.awaitPreloaded(timeout); }

    /**
     * Builds these functions' handlers now and no others (the preload's pending builds are dropped; any other function
     * is built on first use): for a test that starts a cloud of its own for one order, instead of waiting for all 39.
     */
    public void buildOnlyHandlers(java.util.Collection<String> functionNames) {
        lambda.stopPreload();
        lambda.buildHandlers(functionNames);
    }

    /**
     * Builds these functions' handlers now unless the preload already has (it goes on with the others): for a test's
     * first order on a cloud that other tests share, so no step of it waits for its function's build.
     */
    public void buildHandlers(java.util.Collection<String> functionNames) { lambda.buildHandlers(functionNames); }

    /** Whether this start reused the last complete deploy into its data folder (see {@link DeployStamp}). */
    public boolean reusedLastDeploy() { return stack.reusedLastDeploy(); }

    /** What the deploy of this start did, in words: reused (what it checked and skipped) or full (why). */
    public String deployNote() { return stack.deployNote(); }

    /** Where the start-up time went, phase by phase. */
    public String startupPhases() { return phases.toString(); }

    /** Takes the API away (connection refused), e.g. to test the desktop app's outbox. */
    public void stopApi() { api.stop(); }

    /** Brings the API back on the same port. */
    public void startApi() { api.start(); }

    public boolean isApiRunning() { return api.isRunning(); }

    /** Kills and restarts the emulators on the same ports; tables, objects and users survive, queued messages do not. */
    public void restartEmulators() {
        emulators.restart();
        deployer.redeployAfterEmulatorRestart();
    }

    /** Stops only the emulators (fault tests); {@link #restartEmulators()} brings them back. */
    public void stopEmulators() { emulators.stop(); }

    // ---------- fault injection: one emulator at a time ----------

    /**
     * Takes ONE emulator ({@code DYNAMODB}, {@code S3} or {@code SES}) away — its port refuses
     * connections, as if its process had died — while everything else keeps running.
     */
    public void stopEmulator(app.orderdesk.localcloud.emulators.EmulatorFaults.Service service) {
        emulators.stopService(service);
    }

    /** Brings an emulator taken away by {@link #stopEmulator} back on the same port, data intact. */
    public void startEmulator(app.orderdesk.localcloud.emulators.EmulatorFaults.Service service) {
        emulators.startService(service);
    }

    /**
     * Freezes every emulator at once (SIGSTOP of their Node process): requests hang instead of
     * failing, longer than any task timeout if the caller waits long enough. {@link #thawEmulators()} resumes.
     */
    public void freezeEmulators() { emulators.freeze(); }

    /** Resumes emulators frozen by {@link #freezeEmulators()} (SIGCONT). */
    public void thawEmulators() { emulators.thaw(); }

    // ---------- scheduled functions, on demand ----------

    /** The template's scheduled reconciler, the function invoked as its schedule would (blocking). */
    public static final String RECONCILER = "ReconcileReservationsFunction";

    /**
     * Runs the reservation reconciler once, through the same Lambda invoker the workflow uses, and
     * returns its JSON report (what it released, committed, kept, and the fences it dropped).
     */
    public String reconcileReservations() {
        String event = "{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"detail\":{}}";
        return switch (lambda.invoke(RECONCILER, event)) {
            case app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse.Success ok -> ok.body();
            case app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse.FunctionError failed ->
                    throw new IllegalStateException("the reconciler failed: " + failed.errorPayload());
            case app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse.NotFound missing ->
                    throw new IllegalStateException("no function " + RECONCILER + " in the template");
        };
    }

    @Override
    public void close() {
        eventSources.forEach(SqsEventSourcePoller::close);
        if (pushConnections != null) {
            pushConnections.stop();
        }
        if (pushApi != null) {
            pushApi.stop();
        }
        closeQuietly(api);
        closeQuietly(stepFunctionsServer);
        closeQuietly(stepFunctions);
        closeQuietly(lambda);
        closeQuietly(aws);
        closeQuietly(emulators);
        if (options.deleteDataOnClose()) {
            Directories.deleteRecursively(dataDir);
        }
        synchronized (LocalCloud.class) {
            if (shared == this) {
                shared = null;
            }
        }
    }

    private String queueUrl(String topicLogicalId) {
        String url = stack.topicQueueUrls().get(topicLogicalId);
        if (url == null) {
            throw new IllegalStateException("no topic " + topicLogicalId + " in the template");
        }
        return url;
    }

    private static String single(Map<String, String> values, String what) {
        if (values.size() != 1) {
            throw new IllegalStateException("expected one " + what + " in the template, found " + values.keySet());
        }
        return values.values().iterator().next();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("[local-cloud] while closing " + closeable.getClass().getSimpleName() + ": " + e);
        }
    }
}
