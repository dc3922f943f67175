package app.orderdesk.localcloud.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * h-c: the cost model prices what the template deploys, as a bench run records it per function: requests and
 * GB-seconds at the function's architecture, and the platform's START/END/REPORT lines only where its
 * SystemLogLevel takes INFO. One function, 10 invocations of 1 s at 1 GB per order, 1,000 B of its own logs.
 */
class CostModelFollowsTheTemplateTest {

    private static final Path PRICES = Path.of("../docs/cost-prices.properties");

    @TempDir
    Path dir;

    @Test
    void arm64DurationCostsTheGravitonPriceAndRequestsTheSame() throws Exception {
        String x86 = cost("x86_64", "INFO");
        String arm = cost("arm64", "INFO");
        // 10 GB-s: $0.000166667 at x86_64, $0.000133334 at arm64 (per order)
        assertThat(perOrderUsd(x86, "Lambda duration")).isEqualTo("$0.00016667");
        assertThat(perOrderUsd(arm, "Lambda duration")).isEqualTo("$0.00013333");
        assertThat(perOrderUsd(arm, "Lambda requests")).isEqualTo(perOrderUsd(x86, "Lambda requests")).isEqualTo("$0.00000200");
        assertThat(arm).contains("1 functions arm64");
    }

    @Test
    void platformLinesAreIngestedAtSystemLogLevelInfoAndNotAtWarn() throws Exception {
        // INFO: 1,000 B own + 10 x 400 B platform = 5,000 B; WARN: the 1,000 B alone
        assertThat(perOrderUsd(cost("arm64", "INFO"), "CloudWatch Logs ingested")).isEqualTo("$0.00000250");
        assertThat(perOrderUsd(cost("arm64", "WARN"), "CloudWatch Logs ingested")).isEqualTo("$0.00000050");
    }

    /**
     * Session 12: X-Ray is one of the items, so the figure held against the target includes it (every
     * request traced, the low-volume case). Two API requests per order add 2 × ($3.50 + $5.00) per million.
     */
    @Test
    void xRayIsPricedPerOrderAndCountsInTheFigureAgainstTheTarget() throws Exception {
        String none = cost("arm64", "WARN", 0.0);
        String two = cost("arm64", "WARN", 2.0);
        assertThat(perOrderUsd(two, "X-Ray traces")).isEqualTo("$0.00001000");
        assertThat(expressPer1000(two) - expressPer1000(none)).isCloseTo(0.0170, org.assertj.core.data.Offset.offset(0.00005));
    }

    /**
     * ADR 0076: what a desk asks of AWS by being open is priced apart from the orders, per call and per 8-hour day.
     * A Dashboard read: $3.50 (REST) + $5.00 (trace) + $0.20 + 0.1 GB-s × $13.3334 (arm64) + 20 read units × $0.125 +
     * 1,000 B of logs × $0.50/GB = $13.03 per million; a ping: $1.00 (message) + $5.00 + $0.20 + 0.005 GB-s × $13.3334 = $6.27.
     */
    @Test
    void aDesksDashboardReadsAndPingsArePricedApartPerCallAndPerDay() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode results = json.readValue(Files.readString(resultsFile("arm64", "WARN", 1.0)), ObjectNode.class);
        ObjectNode desk = results.putObject("desk");
        ObjectNode read = desk.putObject("dashboardRead").put("calls", 50).put("logBytes", 1000.0);
        read.putObject("counted").put("lambda.invocations.DashboardFunction", 1.0).put("lambda.ms.DashboardFunction", 100.0)
                .put("dynamodb.read-units", 20.0);
        ObjectNode recent = desk.putObject("dashboardRecentRead").put("calls", 50).put("logBytes", 1000.0);
        recent.putObject("counted").put("lambda.invocations.DashboardFunction", 1.0).put("lambda.ms.DashboardFunction", 100.0)
                .put("dynamodb.read-units", 4.0);
        ObjectNode ping = desk.putObject("keepAlivePing").put("calls", 50).put("logBytes", 0.0);
        ping.putObject("counted").put("lambda.invocations.PingFunction", 1.0).put("lambda.ms.PingFunction", 10.0);
        ((ObjectNode) results.path("memoryMb")).put("DashboardFunction", 1024).put("PingFunction", 512);
        ((ObjectNode) results.path("architecture")).put("DashboardFunction", "arm64").put("PingFunction", "arm64");
        ((ObjectNode) results.path("systemLogLevel")).put("DashboardFunction", "WARN").put("PingFunction", "WARN");
        String md = render(results, "desk");

        assertThat(md).contains("## What a desk costs by being open (ADR 0076)");
        assertThat(cell(md, "| a Dashboard read (`days=30`", 3)).isEqualTo("$0.00001303");
        // the recent week: 4 read units instead of 20 → $13.03 - 16 × $0.125 = $11.03 per million; per 1,000 pushed reads $0.0110
        assertThat(cell(md, "| a Dashboard read of the recent week", 3)).isEqualTo("$0.00001103");
        assertThat(md).contains("$0.0110 per 1,000 orders watched");
        assertThat(cell(md, "| a keep-alive ping:", 3)).isEqualTo("$0.00000627");
        // a day: 480 min × $0.25/M + 96 pings; 96 live checks; 960 polls (30 s)
        assertThat(cell(md, "| signed in with live updates on", 3)).isEqualTo("$0.00072");
        assertThat(cell(md, "| + the Dashboard shown all day, live updates on", 3)).isEqualTo("$0.00125");
        assertThat(cell(md, "| + the Dashboard shown all day, live updates paused", 3)).isEqualTo("$0.01251");
        assertThat(cell(md, "| + the Dashboard shown all day, live updates paused", 4)).isEqualTo("$0.2753");
        assertThat(render((ObjectNode) results.without("desk"), "no-desk")).as("a run without the desk's figures: no section")
                .doesNotContain("What a desk costs");
    }

    /**
     * ADR 0089: a desk showing today's orders hears every order — its status pushes and one read of the day per burst.
     * The read: $3.50 + $5.00 + $0.20 + 0.1 GB-s × $13.3334 + 8 read units × $0.125 + 1,000 B of logs (as the Dashboard
     * read above, 12 read units fewer) = $11.53 per million; the pushes: 6 × $1.00 per million.
     */
    @Test
    void aDeskShowingTodaysOrdersIsPricedPerThousandOrdersPlacedElsewhere() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode results = json.readValue(Files.readString(resultsFile("arm64", "WARN", 1.0)), ObjectNode.class);
        ((ObjectNode) results.path("perOrder").path("counted")).put("calls.ApiGatewayManagementApi.PostToConnection", 6.0);
        ObjectNode desk = results.putObject("desk");
        for (String read : new String[] {"dashboardRead", "dashboardRecentRead"}) {
            desk.putObject(read).put("calls", 50).put("logBytes", 1000.0).putObject("counted")
                    .put("lambda.invocations.DashboardFunction", 1.0).put("lambda.ms.DashboardFunction", 100.0);
        }
        desk.putObject("keepAlivePing").put("calls", 50).put("logBytes", 0.0).putObject("counted");
        String withoutTodaysRead = render(results, "before-0089");
        desk.putObject("todaysOrdersRead").put("calls", 50).put("logBytes", 1000.0).putObject("counted")
                .put("lambda.invocations.SearchOrdersFunction", 1.0).put("lambda.ms.SearchOrdersFunction", 100.0)
                .put("dynamodb.read-units", 8.0);
        for (String fn : new String[] {"DashboardFunction", "SearchOrdersFunction"}) {
            ((ObjectNode) results.path("memoryMb")).put(fn, 1024);
            ((ObjectNode) results.path("architecture")).put(fn, "arm64");
            ((ObjectNode) results.path("systemLogLevel")).put(fn, "WARN");
        }
        String md = render(results, "today");

        assertThat(cell(md, "| a read of today's orders", 3)).isEqualTo("$0.00001153");
        assertThat(cell(md, "| a read of today's orders", 1)).contains("SearchOrdersFunction 1.0 × 100.0 ms, 8.0 read units");
        assertThat(md.replace('\n', ' ')).contains("its 6.0 status pushes ($0.0060 per 1,000 orders)")
                .contains("; $0.0115 per 1,000): $0.0175 per 1,000 orders placed elsewhere");
        assertThat(withoutTodaysRead).as("a run before ADR 0089 measured no such read").doesNotContain("today's orders");
    }

    /** The {@code column}th cell (1-based) of the table row starting with {@code rowStart}. */
    private static String cell(String md, String rowStart, int column) {
        String row = md.lines().filter(l -> l.startsWith(rowStart)).findFirst().orElseThrow(() -> new AssertionError("no row " + rowStart + " in\n" + md));
        return row.split(" \\| ")[column - 1].replace("|", "").trim();
    }

    private String render(ObjectNode results, String name) throws Exception {
        Path resultsFile = Files.writeString(dir.resolve(name + ".json"), new ObjectMapper().writeValueAsString(results));
        Path shell = Files.writeString(dir.resolve("shell.properties"), "date=test\n");
        Path docs = Files.createDirectories(dir.resolve("docs-" + name));
        BenchReport.main(new String[] {resultsFile.toString(), shell.toString(), PRICES.toString(), docs.toString()});
        return Files.readString(docs.resolve("cost.md"));
    }

    private String cost(String architecture, String systemLogLevel) throws Exception {
        return cost(architecture, systemLogLevel, 0.0);
    }

    /** The "EXPRESS (today)" row of the per-1,000-orders table. */
    private static double expressPer1000(String costMd) {
        Matcher row = Pattern.compile("(?m)^\\| EXPRESS \\(today\\) \\| [^|]+ \\| \\$([0-9.]+) \\|").matcher(costMd);
        assertThat(row.find()).as("the EXPRESS (today) row in\n" + costMd).isTrue();
        return Double.parseDouble(row.group(1));
    }

    private String cost(String architecture, String systemLogLevel, double apiRequests) throws Exception {
        Path resultsFile = resultsFile(architecture, systemLogLevel, apiRequests);
        Path shell = Files.writeString(dir.resolve("shell.properties"), "date=test\n");
        Path docs = Files.createDirectories(dir.resolve("docs-" + architecture + "-" + systemLogLevel + "-" + apiRequests));
        BenchReport.main(new String[] {resultsFile.toString(), shell.toString(), PRICES.toString(), docs.toString()});
        return Files.readString(docs.resolve("cost.md"));
    }

    private Path resultsFile(String architecture, String systemLogLevel, double apiRequests) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode results = json.createObjectNode();
        ObjectNode perOrder = results.putObject("perOrder").put("orders", 100).put("apiRequests", apiRequests).put("followRequests", 0.0)
                .put("logBytes", 1000.0).put("executionMsMean", 100.0).put("stateTransitions", 0.0).put("snsPublishes", 0.0);
        perOrder.putObject("counted").put("lambda.invocations.TaskFunction", 10.0).put("lambda.ms.TaskFunction", 10_000.0);
        results.putObject("memoryMb").put("TaskFunction", 1024);
        results.putObject("architecture").put("TaskFunction", architecture);
        results.putObject("systemLogLevel").put("TaskFunction", systemLogLevel);
        Path resultsFile = dir.resolve("results-" + architecture + "-" + systemLogLevel + "-" + apiRequests + ".json");
        Files.writeString(resultsFile, json.writeValueAsString(results));
        return resultsFile;
    }

    /** The "USD per order" cell of the per-order line whose item starts with {@code item}. */
    private static String perOrderUsd(String costMd, String item) {
        Matcher line = Pattern.compile("(?m)^\\| " + Pattern.quote(item) + "[^\\n]*?\\| [^|]+ \\| (\\$[0-9.]+) \\| \\$[0-9.]+ \\|$").matcher(costMd);
        assertThat(line.find()).as("a line for " + item + " in\n" + costMd).isTrue();
        return line.group(1);
    }
}
