package app.orderdesk.localcloud.bench;

import app.orderdesk.localcloud.LocalCloud;
import app.orderdesk.localcloud.LocalCloudOptions;

import javax.tools.ToolProvider;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Handler cold start, each function in a fresh JVM from the deployment artifact with only its own
 * environment: process start → handler built (init), and → first call returned. Timed from outside.
 */
final class ColdStarts {

    record Result(String function, double initMs, double firstCallMs, String outcome) {}

    private ColdStarts() {}

    /**
     * Alone, without the rest of the bench: starts an ephemeral local cloud (for the functions' environments
     * and the artifact), then times the named functions (all without names), each variant of
     * {@code JAVA_TOOL_OPTIONS} interleaved per repeat so the variants share the machine's moment:
     * {@code -Dbench.coldVariants="template|-XX:TieredStopAtLevel=1 -Xshare:off|..."} ("template" = the
     * template's own value). {@code -Dbench.coldArtifacts="before=/tmp/old.jar|after=current"} times other
     * builds of the artifact (a jar or a Lambda zip; "current" = this build's) the same way, interleaved with
     * this build's, each artifact × variant being one variant. Prints one line per function and variant.
     *
     * usage: ColdStarts REPEATS [FUNCTION,...]
     */
    public static void main(String[] args) throws Exception {
        int repeats = Integer.parseInt(args[0]);
        List<String> only = args.length > 1 ? List.of(args[1].split(",")) : List.of();
        List<String> variants = List.of(System.getProperty("bench.coldVariants", "template").split("\\|"));
        Map<String, String> artifacts = new LinkedHashMap<>();
        for (String named : System.getProperty("bench.coldArtifacts", "").split("\\|")) {
            if (!named.isBlank()) {
                artifacts.put(named.substring(0, named.indexOf('=')), named.substring(named.indexOf('=') + 1));
            }
        }
        int status = 1;
        try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.ephemeral())) {
            awaitQuiet(); // the cloud preloads its handlers in the background: let that finish before timing anything
            Map<String, List<Result>> byVariant = run(cloud, "cold-start-order", repeats, only, variants, artifacts);
            byVariant.forEach((variant, results) -> results.forEach(r -> System.out.printf(
                    "cold start [%s] %s: init %.0f ms, first call %.0f ms (%s)%n", variant, r.function(), r.initMs(), r.firstCallMs(), r.outcome())));
            for (String variant : byVariant.keySet()) {
                System.out.printf("cold start [%s]: median init over the functions %.0f ms, median first call returned %.0f ms%n", variant,
                        Stats.median(byVariant.get(variant).stream().map(Result::initMs).toList()),
                        Stats.median(byVariant.get(variant).stream().map(Result::firstCallMs).toList()));
            }
            status = 0;
        } finally {
            System.exit(status);
        }
    }

    /** Until this JVM's CPU load stays under 15 % for 2 s (at most 90 s). */
    private static void awaitQuiet() throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        int quietSamples = 0;
        os.getProcessCpuLoad();
        while (quietSamples < 4 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            quietSamples = os.getProcessCpuLoad() < 0.15 ? quietSamples + 1 : 0;
        }
    }

    static List<Result> run(LocalCloud cloud, String orderId, int repeats) throws Exception {
        return run(cloud, orderId, repeats, List.of(), List.of("template"), Map.of()).get("template");
    }

    /** The class path of another build of the artifact: a jar as it is, a Lambda zip unpacked as Lambda would. */
    private static String classPathOf(String artifact, String current) {
        if (artifact.equals("current")) {
            return current;
        }
        return app.orderdesk.localcloud.lambda.LambdaArtifact.unpack(Path.of(artifact)).classPath().stream()
                .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    static Map<String, List<Result>> run(LocalCloud cloud, String orderId, int repeats, List<String> only, List<String> variants,
            Map<String, String> artifacts) throws Exception {
        Path work = Files.createTempDirectory("orderdesk-coldstart-");
        Path source = work.resolve("ColdStartDriver.java");
        try (var in = ColdStarts.class.getResourceAsStream("/bench/ColdStartDriver.java")) {
            Files.write(source, in.readAllBytes());
        }
        String artifact = cloud.lambdaArtifact().classPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "21",
                "-cp", artifact, "-d", work.toString(), source.toString());
        if (compiled != 0) {
            throw new IllegalStateException("could not compile the cold-start driver");
        }
        Map<String, Path> events = new LinkedHashMap<>();
        events.put("api", Files.writeString(work.resolve("api.json"), """
                {"resource":"/orders/{id}","path":"/orders/%s","httpMethod":"GET","headers":{"Accept":"application/json"},
                 "queryStringParameters":null,"pathParameters":{"id":"%s","productId":"p-1001"},
                 "requestContext":{"requestId":"cold-start","authorizer":{"claims":{"sub":"u-1","email":"staff@orderdesk.test",
                 "cognito:username":"u-1","cognito:groups":"managers"}}},"body":null,"isBase64Encoded":false}""".formatted(orderId, orderId)));
        events.put("task", Files.writeString(work.resolve("task.json"),
                "{\"orderId\":\"" + orderId + "\",\"executionArn\":\"arn:aws:states:us-east-1:111111111111:execution:cold:start\"}"));
        events.put("other", Files.writeString(work.resolve("other.json"),
                "{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"detail\":{}}"));
        // Each timed variant: a name, the artifact's class path and the JAVA_TOOL_OPTIONS ("template" = the template's).
        record Variant(String name, String classPath, String toolOptions) {}
        List<Variant> timed = new ArrayList<>();
        if (artifacts.isEmpty()) {
            variants.forEach(v -> timed.add(new Variant(v, artifact, v)));
        } else {
            artifacts.forEach((label, file) -> {
                String classPath = classPathOf(file, artifact);
                variants.forEach(v -> timed.add(new Variant(label + " " + v, classPath, v)));
            });
        }
        Map<String, List<Result>> results = new LinkedHashMap<>();
        timed.forEach(v -> results.put(v.name(), new ArrayList<>()));
        for (String function : cloud.functionNames()) {
            if (!only.isEmpty() && !only.contains(function)) {
                continue;
            }
            Map<String, String> environment = cloud.functionEnvironment(function);
            String handler = environment.get("_HANDLER").replace("::handleRequest", "");
            Path event = handler.contains(".entrypoint.api.") ? events.get("api")
                    : handler.contains(".entrypoint.workflow.") ? events.get("task") : events.get("other");
            Map<String, List<Double>> init = new LinkedHashMap<>();
            Map<String, List<Double>> first = new LinkedHashMap<>();
            Map<String, String> outcome = new LinkedHashMap<>();
            for (int i = 0; i < repeats; i++) {
                for (Variant timedVariant : timed) {
                    String variant = timedVariant.name();
                    Map<String, String> env = new LinkedHashMap<>(environment);
                    if (!timedVariant.toolOptions().equals("template")) {
                        env.put("JAVA_TOOL_OPTIONS", timedVariant.toolOptions());
                    }
                    ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-cp", timedVariant.classPath() + File.pathSeparator + work, "ColdStartDriver", handler, event.toString());
                    java.environment().clear();
                    java.environment().putAll(env);
                    java.redirectError(ProcessBuilder.Redirect.DISCARD);
                    long started = System.nanoTime();
                    Process process = java.start();
                    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = lines.readLine()) != null; ) {
                            if (line.equals("init-done")) {
                                init.computeIfAbsent(variant, v -> new ArrayList<>()).add((System.nanoTime() - started) / 1e6);
                            } else if (line.startsWith("call-done")) {
                                first.computeIfAbsent(variant, v -> new ArrayList<>()).add((System.nanoTime() - started) / 1e6);
                                outcome.put(variant, line.substring("call-done".length()).trim());
                            }
                        }
                    }
                    if (!process.waitFor(60, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                }
            }
            for (String variant : results.keySet()) {
                results.get(variant).add(new Result(function, Stats.median(init.getOrDefault(variant, List.of())),
                        Stats.median(first.getOrDefault(variant, List.of())), outcome.getOrDefault(variant, "no output")));
            }
        }
        return results;
    }
}
