package app.orderdesk.localcloud.bench;

import app.orderdesk.localcloud.LocalCloud;

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

    static List<Result> run(LocalCloud cloud, String orderId, int repeats) throws Exception {
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
        List<Result> results = new ArrayList<>();
        for (String function : cloud.functionNames()) {
            Map<String, String> environment = cloud.functionEnvironment(function);
            String handler = environment.get("_HANDLER").replace("::handleRequest", "");
            Path event = handler.contains(".entrypoint.api.") ? events.get("api")
                    : handler.contains(".entrypoint.workflow.") ? events.get("task") : events.get("other");
            List<Double> init = new ArrayList<>();
            List<Double> first = new ArrayList<>();
            String outcome = "";
            for (int i = 0; i < repeats; i++) {
                ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", artifact + File.pathSeparator + work, "ColdStartDriver", handler, event.toString());
                java.environment().clear();
                java.environment().putAll(environment);
                java.redirectError(ProcessBuilder.Redirect.DISCARD);
                long started = System.nanoTime();
                Process process = java.start();
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.equals("init-done")) {
                            init.add((System.nanoTime() - started) / 1e6);
                        } else if (line.startsWith("call-done")) {
                            first.add((System.nanoTime() - started) / 1e6);
                            outcome = line.substring("call-done".length()).trim();
                        }
                    }
                }
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            results.add(new Result(function, Stats.median(init), Stats.median(first), outcome));
        }
        return results;
    }
}
