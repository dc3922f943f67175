package app.orderdesk.localcloud.bench;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbInventoryRepository;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.localcloud.DemoUser;
import app.orderdesk.localcloud.LocalCloud;
import app.orderdesk.localcloud.LocalCloudOptions;
import app.orderdesk.localcloud.metering.Meter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The measured part of {@code ./desk bench} that needs a running local cloud, in one JVM, side by side:
 * orders end to end at 1, 4 and 8 desks, the floor, what one order asks of AWS (for docs/cost.md), what a desk asks
 * of it by being open (a Dashboard read, a keep-alive ping),
 * the receipt PDF warm, and each handler's cold start from the deployment artifact. Writes JSON.
 *
 * usage: BenchMain OUT.json [--quick]   (-Dbench.follow=polling|push picks the desks' follow strategy, push by
 * default as the app; with push, a 1-desk level of polling desks runs after the metered levels for comparison;
 * -Dbench.levelsOnly=true stops after the levels: no floor, PDF or cold starts)
 */
public final class BenchMain {

    private static final PrintStream CONSOLE = System.out;
    private static final AtomicLong LOGGED_BYTES = new AtomicLong();

    private BenchMain() {}

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace(CONSOLE);
        }
        System.exit(status); // the desks' HTTP clients and pools would keep the JVM alive a while
    }

    private static void run(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        boolean quick = List.of(args).contains("--quick");
        int perLevel = Integer.getInteger("bench.orders", quick ? 24 : 300);
        String followName = System.getProperty("bench.follow", OrderFollower.DEFAULT);
        Files.createDirectories(out.toAbsolutePath().getParent());
        captureLogs(out.resolveSibling("bench-cloud.log"));
        System.setProperty(Meter.ENABLED_PROPERTY, "true");
        ObjectNode results = DeskClient.JSON.createObjectNode();
        results.put("quick", quick).put("follow", followName).put("ordersPerLevel", perLevel);
        // ADR 0069: the report says which compilers ran the cloud (./desk bench passes ./desk start's options)
        results.put("jvmOptions", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:") || option.startsWith("-Xm") || option.startsWith("-Xss")).toList()));
        long cloudStarted = System.nanoTime();
        try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.ephemeral())) {
            say("local cloud up in %.0f ms (in this JVM, metering on)", (System.nanoTime() - cloudStarted) / 1e6);
            Meter meter = cloud.meter().orElseThrow();
            List<String> products = benchProducts(cloud);
            DeskClient.Counters counters = new DeskClient.Counters();
            OrderFollower follower = OrderFollower.named(followName);
            List<DeskClient> desks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // h-v: one staff user per desk, as in a store: a desk follows its user's orders on that user's topic
                // (desks sharing one sign-in would each be pushed all of them).
                desks.add(new DeskClient(cloud.apiUrl(), cloud.pushUrl(), signIn(cloud, deskUser(cloud, i)), counters));
            }

            int warmUp = Integer.getInteger("bench.warmup", quick ? 6 : 20);
            say("warm-up: %d orders", warmUp);
            LoadLevel.run(desks.subList(0, 2), counters, follower, warmUp, products);

            // ---- end to end at 1, 4, 8 desks, metered ----
            meter.reset();
            LOGGED_BYTES.set(0);
            Instant meteredFrom = Instant.now();
            ArrayNode levels = results.putArray("levels");
            int meteredOrders = 0;
            long apiRequests = 0;
            long followRequests = 0;
            // h-s: the desks' subscription messages (subscribe/unsubscribe and the answers), billed as WebSocket messages
            long deskMessagesBefore = follower instanceof PushFollower push ? push.deskMessages() : 0;
            // ADR 0053: receipts the desks took from the COMPLETED push's URL, and pushed URLs that did not work
            long receiptsFromPushBefore = counters.receiptsFromPush.get();
            long pushedUrlFallbacksBefore = counters.pushedUrlFallbacks.get();
            for (int clients : new int[] {1, 4, 8}) {
                LoadLevel.Result level = LoadLevel.run(desks.subList(0, clients), counters, follower, perLevel, products);
                meteredOrders += level.orders();
                apiRequests += level.requests();
                followRequests += level.followRequests();
                say("%d desk(s): %d/%d completed, p50 %.0f ms, p95 %.0f, p99 %.0f, %.2f orders/s, %d x 429; "
                                + "COMPLETED written -> desk shows it p50 %.0f ms, p95 %.0f (%d by push); %d follow requests",
                        clients, level.completed(), level.orders(), Stats.percentile(level.endToEndMs(), 50),
                        Stats.percentile(level.endToEndMs(), 95), Stats.percentile(level.endToEndMs(), 99),
                        level.ordersPerSecond(), level.throttled(), Stats.median(level.shownAfterWriteMs()),
                        Stats.percentile(level.shownAfterWriteMs(), 95), level.shownByPush(), level.followRequests());
                level.failures().stream().limit(3).forEach(f -> say("  failed: %s", f));
                levelJson(levels.addObject(), level);
            }
            Map<String, Double> counted = meter.snapshot();
            long loggedBytes = LOGGED_BYTES.get();
            ObjectNode perOrder = results.putObject("perOrder");
            perOrder.put("orders", meteredOrders);
            perOrder.put("apiRequests", (double) apiRequests / meteredOrders);
            perOrder.put("followRequests", (double) followRequests / meteredOrders);
            perOrder.put("receiptsFromPush", (double) (counters.receiptsFromPush.get() - receiptsFromPushBefore) / meteredOrders);
            perOrder.put("pushedUrlFallbacks", (double) (counters.pushedUrlFallbacks.get() - pushedUrlFallbacksBefore) / meteredOrders);
            perOrder.put("deskSubscriptionMessages",
                    (double) ((follower instanceof PushFollower push ? push.deskMessages() : 0) - deskMessagesBefore) / meteredOrders);
            perOrder.put("logBytes", (double) loggedBytes / meteredOrders);
            ObjectNode countedNode = perOrder.putObject("counted");
            final int orders = meteredOrders;
            counted.forEach((name, value) -> countedNode.put(name, value / orders));
            executions(cloud, meteredFrom, perOrder);
            ObjectNode memory = results.putObject("memoryMb");
            cloud.functionNames().forEach(f -> memory.put(f, Integer.parseInt(cloud.functionEnvironment(f).get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"))));
            // h-c: the price of a GB-second and whether the platform's START/END/REPORT lines are ingested, as the template sets them
            var samTemplate = app.orderdesk.localcloud.deploy.SamTemplate.load(app.orderdesk.localcloud.emulators.RepositoryLayout.locate().template());
            var templateFunctions = new app.orderdesk.localcloud.deploy.TemplateFunctions(samTemplate);
            // The SQS event sources Lambda would poll even when idle (a fixed cost; none since ADR 0052)
            results.put("sqsEventSources", samTemplate.resourcesOfType("AWS::Serverless::Function").values().stream()
                    .mapToLong(f -> f.path("Properties").path("Events").properties().stream().map(java.util.Map.Entry::getValue)
                            .filter(e -> "SQS".equals(e.path("Type").asText())).count()).sum());
            ObjectNode architectures = results.putObject("architecture");
            ObjectNode systemLogLevels = results.putObject("systemLogLevel");
            cloud.functionNames().forEach(f -> {
                architectures.put(f, templateFunctions.architecture(f));
                systemLogLevels.put(f, templateFunctions.systemLogLevel(f));
            });
            say("per order: %s", perOrder);

            // ---- ADR 0076: what a desk costs by being open, not by an order (metered apart, after the orders' counts) ----
            ObjectNode desk = results.putObject("desk");
            DeskReads.measure(desk, cloud, meter, LOGGED_BYTES, quick ? 5 : 50);
            say("desk: %s", desk);

            // ---- the desk before push, 1 desk, for comparison (not metered: the cost model prices the app as it is) ----
            if (!followName.equals("polling")) {
                LoadLevel.Result polling = LoadLevel.run(desks.subList(0, 1), counters, OrderFollower.named("polling"),
                        quick ? 12 : Math.min(perLevel, 100), products);
                say("1 desk polling: p50 %.0f ms, shown after write p50 %.0f ms, %d follow requests, %d x 429",
                        Stats.percentile(polling.endToEndMs(), 50), Stats.median(polling.shownAfterWriteMs()), polling.followRequests(), polling.throttled());
                levelJson(results.putObject("pollingLevel"), polling);
            }

            if (Boolean.getBoolean("bench.levelsOnly")) { // a quick check of the desks' figures alone; not a report's input
                Files.writeString(out, DeskClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
                say("wrote %s (levels only)", out);
                return;
            }

            // ---- the floor, side by side ----
            ExecutionListItem sample = completedExecution(cloud, meteredFrom);
            String sampleOrderId = DeskClient.JSON.readTree(sfn(cloud).describeExecution(r -> r.executionArn(sample.executionArn())).input())
                    .path("orderId").asText();
            Floor floor = new Floor(cloud, sfn(cloud), sample.executionArn(), sampleOrderId);
            ArrayNode floors = results.putArray("floor");
            for (int threads : new int[] {1, 8}) {
                Floor.Result f = floor.run(threads, quick ? 16 : (threads == 1 ? 100 : 200), products);
                say("floor, %d thread(s), %d steps: %d/%d completed, p50 %.0f ms, p99 %.0f, %.2f orders/s", threads, floor.stepCount(),
                        f.completed(), f.orders(), Stats.median(f.latencyMs()), Stats.percentile(f.latencyMs(), 99), f.ordersPerSecond());
                if (floor.firstFailure() != null) {
                    say("  floor: %s", floor.firstFailure());
                }
                floors.addObject().put("threads", threads).put("orders", f.orders()).put("completed", f.completed())
                        .put("steps", floor.stepCount()).put("p50", Stats.median(f.latencyMs()))
                        .put("p99", Stats.percentile(f.latencyMs(), 99)).put("ordersPerSecond", f.ordersPerSecond());
            }

            // ---- the ratios, interleaved: the machine's speed moves by up to a third within minutes, and the levels
            // above ran minutes before the floor, so the ratios come from rounds that run both back to back ----
            sideBySide(results.putArray("sideBySide"), desks, counters, follower, floor, products, quick);

            // ---- receipt PDF, warm ----
            pdf(results, quick, out.resolveSibling("receipt.pdf"));

            // ---- cold starts ----
            ArrayNode cold = results.putArray("coldStarts");
            for (ColdStarts.Result r : ColdStarts.run(cloud, sampleOrderId, quick ? 1 : 3)) {
                say("cold start %s: init %.0f ms, first call %.0f ms (%s)", r.function(), r.initMs(), r.firstCallMs(), r.outcome());
                cold.addObject().put("function", r.function()).put("initMs", r.initMs()).put("firstCallMs", r.firstCallMs())
                        .put("outcome", r.outcome());
            }
        }
        Files.writeString(out, DeskClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        say("wrote %s", out);
    }

    /**
     * Rounds of: 1 desk and the floor's 1 thread, then 8 desks and the floor's 8 threads, each pair back to back, which
     * of the two goes first alternating by round. The report takes each round's ratio and quotes their median.
     */
    private static void sideBySide(ArrayNode rounds, List<DeskClient> desks, DeskClient.Counters counters, OrderFollower follower,
                                   Floor floor, List<String> products, boolean quick) throws Exception {
        int count = Integer.getInteger("bench.sideBySideRounds", quick ? 2 : 5);
        int perDesk = quick ? 8 : 40;
        for (int round = 1; round <= count; round++) {
            boolean floorFirst = round % 2 == 0;
            ObjectNode node = rounds.addObject().put("round", round).put("first", floorFirst ? "floor" : "desks");
            for (int clients : new int[] {1, 8}) {
                int orders = perDesk * clients;
                Floor.Result f = floorFirst ? floor.run(clients, orders, products) : null;
                LoadLevel.Result level = LoadLevel.run(desks.subList(0, clients), counters, follower, orders, products);
                if (f == null) {
                    f = floor.run(clients, orders, products);
                }
                String prefix = clients == 1 ? "one" : "eight";
                node.put(prefix + "Orders", orders)
                        .put(prefix + "DesksCompleted", level.completed()).put(prefix + "FloorCompleted", f.completed())
                        .put(prefix + "DesksP50", Stats.median(level.endToEndMs())).put(prefix + "FloorP50", Stats.median(f.latencyMs()))
                        .put(prefix + "DesksPerSecond", level.ordersPerSecond()).put(prefix + "FloorPerSecond", f.ordersPerSecond());
            }
            say("side by side, round %d (%s first): 1 desk p50 %.0f ms vs floor %.0f ms; 8 desks %.2f orders/s vs floor %.2f",
                    round, node.path("first").asText(), node.path("oneDesksP50").asDouble(), node.path("oneFloorP50").asDouble(),
                    node.path("eightDesksPerSecond").asDouble(), node.path("eightFloorPerSecond").asDouble());
        }
    }

    private static void levelJson(ObjectNode node, LoadLevel.Result level) {
        node.put("clients", level.clients()).put("orders", level.orders()).put("completed", level.completed())
                .put("p50", Stats.percentile(level.endToEndMs(), 50)).put("p95", Stats.percentile(level.endToEndMs(), 95))
                .put("p99", Stats.percentile(level.endToEndMs(), 99))
                .put("seenP50", Stats.percentile(level.seenByDeskMs(), 50)).put("seenP99", Stats.percentile(level.seenByDeskMs(), 99))
                .put("shownP50", Stats.percentile(level.shownAfterWriteMs(), 50)).put("shownP95", Stats.percentile(level.shownAfterWriteMs(), 95))
                .put("shownByPush", level.shownByPush())
                .put("ordersPerSecond", level.ordersPerSecond()).put("seconds", level.seconds())
                .put("requests", level.requests()).put("followRequests", level.followRequests()).put("throttled", level.throttled())
                .put("failures", level.failures().size());
    }

    /** Per order: state transitions (StateEntered events), SNS publishes, execution durations (for Express pricing). */
    private static void executions(LocalCloud cloud, Instant from, ObjectNode perOrder) {
        SfnClient sfn = sfn(cloud);
        long executions = 0;
        long entered = 0;
        long snsPublishes = 0;
        List<Double> durations = new ArrayList<>();
        for (ExecutionListItem e : sfn.listExecutionsPaginator(r -> r.stateMachineArn(cloud.stateMachineArn())).executions()) {
            if (e.startDate().isBefore(from) || e.stopDate() == null) {
                continue;
            }
            executions++;
            durations.add((double) (e.stopDate().toEpochMilli() - e.startDate().toEpochMilli()));
            for (HistoryEvent event : sfn.getExecutionHistoryPaginator(r -> r.executionArn(e.executionArn())).events()) {
                String type = event.typeAsString();
                if (type.endsWith("StateEntered")) {
                    entered++;
                }
                if (event.taskScheduledEventDetails() != null && "sns".equals(event.taskScheduledEventDetails().resourceType())) {
                    snsPublishes++;
                }
            }
        }
        perOrder.put("executions", executions);
        perOrder.put("stateTransitions", executions == 0 ? 0 : (double) entered / executions);
        perOrder.put("snsPublishes", executions == 0 ? 0 : (double) snsPublishes / executions);
        perOrder.put("executionMsP50", Stats.median(durations));
        perOrder.put("executionMsMean", durations.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private static ExecutionListItem completedExecution(LocalCloud cloud, Instant from) {
        for (ExecutionListItem e : sfn(cloud).listExecutionsPaginator(r -> r.stateMachineArn(cloud.stateMachineArn())
                .statusFilter("SUCCEEDED")).executions()) {
            if (!e.startDate().isBefore(from)) {
                return e;
            }
        }
        throw new IllegalStateException("no succeeded execution to replay for the floor");
    }

    private static void pdf(ObjectNode results, boolean quick, Path receiptFile) {
        ReceiptPdfBench.Result pdf = ReceiptPdfBench.measure(quick ? 30 : 200, quick ? 30 : 300);
        say("receipt PDF warm: median %.2f ms, %.1f KB", pdf.medianMs(), pdf.bytes() / 1024.0);
        try {
            Files.write(receiptFile, pdf.lastPdf()); // the desktop's preview benchmark renders this one
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        results.putObject("pdf").put("medianMs", pdf.medianMs()).put("p99Ms", pdf.p99Ms()).put("kb", pdf.bytes() / 1024.0)
                .put("renders", pdf.renders());
    }

    /** Products with stock for every order of the run (the demo catalogue's would sell out). */
    static List<String> benchProducts(LocalCloud cloud) {
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(cloud.dynamoDbEndpoint()).build();
        var inventory = new DynamoDbInventoryRepository(dynamo, cloud.tableName("InventoryTable"));
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String id = "p-bench-" + i;
            inventory.upsertProduct(new Product(id, "BENCH-" + i, "Benchmark Beans " + i, Money.ofCents(1000 + i, Money.USD), 0), 1_000_000);
            ids.add(id);
        }
        return ids;
    }

    /** A staff user of its own for bench desk {@code i} (created in the cloud's pool, random password). */
    static DemoUser deskUser(LocalCloud cloud, int i) {
        String email = "bench-desk-" + i + "@orderdesk.local";
        String password = "Bench-" + UUID.randomUUID() + "-a1A!";
        try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder().httpClient(UrlConnectionHttpClient.create())
                .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(cloud.cognitoEndpoint()).build()) {
            try {
                cognito.adminCreateUser(r -> r.userPoolId(cloud.userPoolId()).username(email).temporaryPassword(password)
                        .messageAction(software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType.SUPPRESS)
                        .userAttributes(software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType.builder().name("email").value(email).build(),
                                software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType.builder().name("email_verified").value("true").build()));
            } catch (software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException again) {
                // an earlier run's user in a kept pool: its password is set again below
            }
            cognito.adminSetUserPassword(r -> r.userPoolId(cloud.userPoolId()).username(email).password(password).permanent(true));
            cognito.adminAddUserToGroup(r -> r.userPoolId(cloud.userPoolId()).username(email).groupName("staff"));
        }
        return new DemoUser(email, password, "staff");
    }

    static String signIn(LocalCloud cloud, DemoUser user) {
        try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder().httpClient(UrlConnectionHttpClient.create())
                .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(cloud.cognitoEndpoint()).build()) {
            return cognito.initiateAuth(r -> r.clientId(cloud.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", user.username(), "PASSWORD", user.password()))).authenticationResult().idToken();
        }
    }

    private static SfnClient sfnClient;

    static synchronized SfnClient sfn(LocalCloud cloud) {
        if (sfnClient == null) {
            sfnClient = SfnClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .endpointOverride(cloud.stepFunctionsEndpoint())
                    // The order workflow is EXPRESS: its executions are read as AWS's execution log would show them.
                    .overrideConfiguration(o -> o.putHeader(app.orderdesk.localcloud.stepfunctions.service.ExpressExecutionLog.HEADER,
                            app.orderdesk.localcloud.stepfunctions.service.ExpressExecutionLog.HEADER_VALUE)).build();
        }
        return sfnClient;
    }

    /**
     * Everything printed in this JVM (the functions' logs, the local cloud's) goes to a file, its bytes
     * counted: CloudWatch Logs would ingest what the functions print. Progress goes to the console.
     */
    static void captureLogs(Path file) throws IOException {
        OutputStream sink = new FileOutputStream(file.toFile());
        OutputStream counting = new FilterOutputStream(sink) {
            @Override public void write(int b) throws IOException { LOGGED_BYTES.incrementAndGet(); out.write(b); }
            @Override public void write(byte[] b, int off, int len) throws IOException { LOGGED_BYTES.addAndGet(len); out.write(b, off, len); }
        };
        PrintStream printing = new PrintStream(counting, true, java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(printing);
        System.setErr(printing);
    }

    private static void say(String format, Object... args) {
        CONSOLE.printf("bench: " + format + "%n", args);
    }
}
