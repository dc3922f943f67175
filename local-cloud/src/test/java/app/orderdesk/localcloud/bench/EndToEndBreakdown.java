package app.orderdesk.localcloud.bench;

import app.orderdesk.localcloud.LocalCloud;
import app.orderdesk.localcloud.LocalCloudOptions;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * h-c (issue 11): where an order's time goes at 1 desk, by component, and the same moment's floor. Starts an
 * ephemeral local cloud on free ports (as {@code ./desk bench} does), warms up, then runs {@code rounds} times:
 * a 1-desk level by push, a 1-desk level by polling, the floor with 1 thread — interleaved, so the three share
 * the machine's moment. For the push level it reads each execution's history (the local interpreter keeps it
 * for EXPRESS too) and splits the execution into task time (scheduled → succeeded, the Lambda invoker + the
 * function) and the interpreter's time between tasks (succeeded → next scheduled, plus start → first task and
 * last task → end); POST → COMPLETED minus the execution is the API front, place-order and StartExecution.
 *
 * <p>usage: EndToEndBreakdown OUT_DIR [ORDERS_PER_LEVEL [ROUNDS]] (JFR: add {@code -XX:StartFlightRecording=...})
 */
public final class EndToEndBreakdown {

    private EndToEndBreakdown() {}

    public static void main(String[] args) throws Exception {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        }
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        java.io.PrintStream console = System.out;
        Path out = Path.of(args[0]);
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Files.createDirectories(out);
        BenchMain.captureLogs(out.resolve("cloud.log"));
        System.setProperty(app.orderdesk.localcloud.metering.Meter.ENABLED_PROPERTY, "true");
        try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.ephemeral())) {
            List<String> products = BenchMain.benchProducts(cloud);
            DeskClient.Counters counters = new DeskClient.Counters();
            DeskClient desk = new DeskClient(cloud.apiUrl(), cloud.pushUrl(), BenchMain.signIn(cloud, BenchMain.deskUser(cloud, 0)), counters);
            OrderFollower push = OrderFollower.named("push");
            OrderFollower polling = OrderFollower.named("polling");
            Instant warmFrom = Instant.now();
            LoadLevel.run(List.of(desk), counters, push, 30, products);
            SfnClient sfn = BenchMain.sfn(cloud);
            ExecutionListItem sample = sfn.listExecutionsPaginator(r -> r.stateMachineArn(cloud.stateMachineArn()).statusFilter("SUCCEEDED"))
                    .executions().stream().filter(e -> !e.startDate().isBefore(warmFrom)).findFirst().orElseThrow();
            String sampleOrderId = DeskClient.JSON.readTree(sfn.describeExecution(r -> r.executionArn(sample.executionArn())).input())
                    .path("orderId").asText();
            Floor floor = new Floor(cloud, sfn, sample.executionArn(), sampleOrderId);
            floor.run(1, 10, products);
            // round trips through our JDK HttpServers: the API front (GET an order) and the Step Functions endpoint
            List<Double> front = new ArrayList<>();
            List<Double> sfnCalls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long t0 = System.nanoTime();
                desk.follow("/orders/" + sampleOrderId);
                long t1 = System.nanoTime();
                sfn.describeExecution(r -> r.executionArn(sample.executionArn()));
                long t2 = System.nanoTime();
                front.add((t1 - t0) / 1e6);
                sfnCalls.add((t2 - t1) / 1e6);
            }
            console.printf("GET /orders/{id} through the front p50 %.1f ms p90 %.1f; DescribeExecution p50 %.1f ms p90 %.1f (nodelay=%s)%n",
                    Stats.median(front), Stats.percentile(front, 90), Stats.median(sfnCalls), Stats.percentile(sfnCalls, 90),
                    System.getProperty("sun.net.httpserver.nodelay"));
            for (int round = 1; round <= rounds; round++) {
                Instant from = Instant.now();
                var meter = cloud.meter().orElseThrow();
                meter.reset();
                long jvmCpuBefore = processCpuNanos(ProcessHandle.current());
                long nodeCpuBefore = childrenCpuNanos();
                LoadLevel.Result byPush = LoadLevel.run(List.of(desk), counters, push, orders, products);
                Instant to = Instant.now();
                console.printf("  push level, CPU per order: this JVM (cloud + desk) %.1f ms, the emulators (Node) %.1f ms%n",
                        (processCpuNanos(ProcessHandle.current()) - jvmCpuBefore) / 1e6 / orders, (childrenCpuNanos() - nodeCpuBefore) / 1e6 / orders);
                Map<String, Double> counted = meter.snapshot();
                console.printf("  push level, per order: event-source receives with messages %.1f, empty %.1f, deletes %.1f%n",
                        counted.getOrDefault(app.orderdesk.localcloud.eventsources.SqsEventSourcePoller.RECEIVES, 0.0) / orders,
                        counted.getOrDefault(app.orderdesk.localcloud.eventsources.SqsEventSourcePoller.EMPTY_RECEIVES, 0.0) / orders,
                        counted.getOrDefault(app.orderdesk.localcloud.eventsources.SqsEventSourcePoller.DELETES, 0.0) / orders);
                LoadLevel.Result byPolling = LoadLevel.run(List.of(desk), counters, polling, orders, products);
                floor.placeOrderMs.clear();
                Floor.Result f = floor.run(1, orders, products);
                console.printf("  floor: place-order use case alone p50 %.1f ms%n", Stats.median(floor.placeOrderMs));
                console.printf("round %d: push p50 %.0f ms p99 %.0f | polling p50 %.0f p99 %.0f | floor p50 %.0f p99 %.0f | ratio push/floor %.2f | load %s%n",
                        round, Stats.median(byPush.endToEndMs()), Stats.percentile(byPush.endToEndMs(), 99),
                        Stats.median(byPolling.endToEndMs()), Stats.percentile(byPolling.endToEndMs(), 99),
                        Stats.median(f.latencyMs()), Stats.percentile(f.latencyMs(), 99),
                        Stats.median(byPush.endToEndMs()) / Stats.median(f.latencyMs()),
                        Files.readString(Path.of("/proc/loadavg")).trim());
                breakdown(console, sfn, cloud, from, to, Stats.median(byPush.endToEndMs()));
            }
        }
    }

    /** Medians over the level's executions: the execution, each task, the interpreter's time between tasks. */
    private static void breakdown(java.io.PrintStream console, SfnClient sfn, LocalCloud cloud, Instant from, Instant to, double endToEnd) {
        Map<String, List<Double>> spans = new LinkedHashMap<>();
        for (ExecutionListItem e : sfn.listExecutionsPaginator(r -> r.stateMachineArn(cloud.stateMachineArn())).executions()) {
            if (e.startDate().isBefore(from) || e.startDate().isAfter(to) || e.stopDate() == null) {
                continue;
            }
            List<HistoryEvent> events = new ArrayList<HistoryEvent>();
            sfn.getExecutionHistoryPaginator(r -> r.executionArn(e.executionArn())).events().forEach(events::add);
            Instant previous = e.startDate();
            String previousName = "start";
            String state = "?";
            double between = 0;
            for (HistoryEvent event : events) {
                String type = event.typeAsString();
                if (type.endsWith("StateEntered")) {
                    state = event.stateEnteredEventDetails().name();
                }
                if (type.endsWith("Scheduled")) {
                    double gap = millis(previous, event.timestamp());
                    between += gap;
                    spans.computeIfAbsent("between " + previousName + " > " + state, k -> new ArrayList<>()).add(gap);
                    previous = event.timestamp();
                } else if (type.endsWith("Succeeded") && !type.startsWith("Execution")) {
                    spans.computeIfAbsent("task " + state, k -> new ArrayList<>()).add(millis(previous, event.timestamp()));
                    previous = event.timestamp();
                    previousName = state;
                }
            }
            double tail = millis(previous, e.stopDate());
            spans.computeIfAbsent("between " + previousName + " > end", k -> new ArrayList<>()).add(tail);
            spans.computeIfAbsent("interpreter total (between tasks)", k -> new ArrayList<>()).add(between + tail);
            spans.computeIfAbsent("execution", k -> new ArrayList<>()).add(millis(e.startDate(), e.stopDate()));
        }
        console.printf("  POST -> COMPLETED p50 %.0f ms; execution p50 %.0f ms (front + place-order + start ≈ %.0f)%n", endToEnd,
                Stats.median(spans.getOrDefault("execution", List.of(0.0))), endToEnd - Stats.median(spans.getOrDefault("execution", List.of(0.0))));
        spans.forEach((name, values) -> console.printf("  %-45s p50 %6.1f ms  mean %6.1f%n", name, Stats.median(values),
                values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
    }

    /** utime + stime of a process from /proc (clock ticks of 10 ms), in ns; 0 if unreadable. */
    private static long processCpuNanos(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (Exception e) {
            return 0;
        }
    }

    /** The emulators' processes (the local cloud's child processes and theirs). */
    private static long childrenCpuNanos() {
        return ProcessHandle.current().descendants().mapToLong(EndToEndBreakdown::processCpuNanos).sum();
    }

    private static double millis(Instant a, Instant b) {
        return (b.toEpochMilli() - a.toEpochMilli()) + (b.getNano() % 1_000_000 - a.getNano() % 1_000_000) / 1e6;
    }
}
