package app.orderdesk.localcloud.bench;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbDailyTotals;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.DailyTotalsStore;
import app.orderdesk.backend.port.DailyTotalsStore.LineSale;
import app.orderdesk.backend.port.DailyTotalsStore.Outcome;
import app.orderdesk.localcloud.LocalCloud;
import app.orderdesk.localcloud.LocalCloudOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * A dashboard's month of daily totals read with the closed days' summaries (ADR 0078) against the same read summing
 * every order item of every day (as before), side by side on the same data in one local cloud: the 29 days before
 * today hold {@code ORDERS_PER_DAY} completed orders each. Reports the medians of {@code ROUNDS} reads (interleaved)
 * in ms, DynamoDB requests and read units (ReturnConsumedCapacity, dynalite's count as DynamoDB's rules say).
 *
 * <pre>java -XX:TieredStopAtLevel=1 -cp "$CP" app.orderdesk.localcloud.bench.DashboardDaysBench 300 7</pre>
 */
public final class DashboardDaysBench {

    private static final int DAYS = 30;

    public static void main(String[] args) throws Exception {
        int perDay = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int status = 1;
        try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.ephemeral())) {
            var units = new DoubleAdder();
            var requests = new DoubleAdder();
            DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .endpointOverride(cloud.dynamoDbEndpoint())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(new ReadUnits(units, requests))).build();
            String table = cloud.tableName("DailyTotalsTable");
            Clock now = Clock.systemUTC();
            DailyTotalsStore summarising = new DynamoDbDailyTotals(dynamo, table, now, ZoneOffset.UTC);
            // A clock at the start of time sees no day closed and no write late: the reader before ADR 0078 (every day
            // summed from its orders), and a writer that bumps no summary version while the data is seeded.
            Clock startOfTime = Clock.fixed(Instant.parse("0001-01-01T00:00:00Z"), ZoneOffset.UTC);
            DailyTotalsStore summing = new DynamoDbDailyTotals(dynamo, table, startOfTime, ZoneOffset.UTC);
            LocalDate today = LocalDate.now(now.withZone(ZoneOffset.UTC));
            List<String> month = new ArrayList<>();
            for (int i = DAYS - 1; i >= 0; i--) {
                month.add(today.minusDays(i).toString());
            }
            long writing = System.nanoTime();
            DailyTotalsStore writer = new DynamoDbDailyTotals(dynamo, table, startOfTime, ZoneOffset.UTC);
            for (String day : month.subList(0, DAYS - 1)) {
                for (int o = 0; o < perDay; o++) {
                    String id = java.util.UUID.randomUUID().toString();
                    writer.recordPlaced(day, id, "staff@store.test");
                    writer.recordOutcome(new Outcome(day, id, OrderStatus.COMPLETED, 4200, List.of(
                            new LineSale("p-10" + (o % 40), "Product " + (o % 40), 2, 3000),
                            new LineSale("p-20" + (o % 7), "Another product " + (o % 7), 1, 1200))));
                }
            }
            System.out.printf("dashboard days: wrote %d past days x %d orders in %.0f s%n", DAYS - 1, perDay, (System.nanoTime() - writing) / 1e9);
            summarising.read(month); // the first read sums the closed days and keeps their summaries
            List<Double> beforeMs = new ArrayList<>(), afterMs = new ArrayList<>(), beforeUnits = new ArrayList<>(), afterUnits = new ArrayList<>();
            List<Double> beforeCalls = new ArrayList<>(), afterCalls = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                boolean summariesFirst = r % 2 == 0;
                for (int side = 0; side < 2; side++) {
                    boolean withSummaries = summariesFirst == (side == 0);
                    units.reset();
                    requests.reset();
                    long t0 = System.nanoTime();
                    var read = (withSummaries ? summarising : summing).read(month);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (read.get(0).placed() != perDay) {
                        throw new IllegalStateException("read " + read.get(0).placed() + " orders on " + read.get(0).day());
                    }
                    (withSummaries ? afterMs : beforeMs).add(ms);
                    (withSummaries ? afterUnits : beforeUnits).add(units.sum());
                    (withSummaries ? afterCalls : beforeCalls).add(requests.sum());
                }
            }
            System.out.printf("dashboard days: %d days, %d orders a past day, medians of %d interleaved reads:%n", DAYS, perDay, rounds);
            System.out.printf("  every day summed from its orders: %.0f ms, %.0f requests, %.1f read units%n",
                    Stats.median(beforeMs), Stats.median(beforeCalls), Stats.median(beforeUnits));
            System.out.printf("  closed days from their summaries: %.0f ms, %.0f requests, %.1f read units%n",
                    Stats.median(afterMs), Stats.median(afterCalls), Stats.median(afterUnits));
            System.out.printf("  ratio (summaries / summed): time %.3f, read units %.3f%n",
                    Stats.median(afterMs) / Stats.median(beforeMs), Stats.median(afterUnits) / Stats.median(beforeUnits));
            status = 0;
        } finally {
            System.exit(status);
        }
    }

    /** Asks for the consumed capacity of every Query and BatchGetItem and adds up the read units and the requests. */
    private record ReadUnits(DoubleAdder units, DoubleAdder requests) implements ExecutionInterceptor {
        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            if (context.request() instanceof QueryRequest q) {
                return q.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            }
            if (context.request() instanceof BatchGetItemRequest b) {
                return b.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            }
            return context.request();
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.response() instanceof QueryResponse q) {
                requests.add(1);
                if (q.consumedCapacity() != null) {
                    units.add(q.consumedCapacity().capacityUnits());
                }
            } else if (context.response() instanceof BatchGetItemResponse b) {
                requests.add(1);
                b.consumedCapacity().stream().map(ConsumedCapacity::capacityUnits).forEach(units::add);
            }
        }
    }
}
