package app.orderdesk.localcloud.contracts;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbIdempotencyStore;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbInventoryRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderNumberAllocator;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbStockMovementRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbStockLedger;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbStoreSettingsRepository;
import app.orderdesk.backend.adapter.payment.PaymentGatewayContract;
import app.orderdesk.backend.adapter.payment.SimulatedPaymentGateway;
import app.orderdesk.backend.adapter.s3.S3ReceiptStore;
import app.orderdesk.backend.adapter.sfn.SfnWorkflowStarter;
import app.orderdesk.backend.adapter.ses.SesMailer;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.port.IdempotencyStore;
import app.orderdesk.backend.port.IdempotencyStoreContract;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.InventoryRepositoryContract;
import app.orderdesk.backend.port.Mailer;
import app.orderdesk.backend.port.MailerContract;
import app.orderdesk.backend.port.OrderNumberAllocator;
import app.orderdesk.backend.port.OrderNumberAllocatorContract;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderRepositoryContract;
import app.orderdesk.backend.port.ReceiptStore;
import app.orderdesk.backend.port.ReceiptStoreContract;
import app.orderdesk.backend.port.PaymentGateway;
import app.orderdesk.backend.port.StockLedger;
import app.orderdesk.backend.port.StockLedgerContract;
import app.orderdesk.backend.port.StockMovementRepository;
import app.orderdesk.backend.port.StockMovementRepositoryContract;
import app.orderdesk.backend.port.WorkflowStarter;
import app.orderdesk.backend.port.WorkflowStarterContract;
import app.orderdesk.localcloud.stepfunctions.service.ExpressExecutionLog;
import app.orderdesk.localcloud.LocalCloud;
import app.orderdesk.localcloud.emulators.EmulatorProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The real adapters, on the real emulators (dynalite, s3rver, aws-ses-v2-local) of the shared test
 * local cloud, held to the same port contracts as the in-memory fakes (backend-lambdas'
 * {@code FakesHonourThePortContractsTest}). A contract a fake passes and an adapter fails (or the
 * reverse) means the fake has drifted from the real thing.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class AdaptersHonourThePortContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Built once, on first use (so -Dskip.e2e=true starts nothing). */
    private static final class Emulators {
        static final LocalCloud CLOUD = LocalCloud.shared();
        static final SdkHttpClient HTTP = UrlConnectionHttpClient.create();
        static final StaticCredentialsProvider ANY = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        static final StaticCredentialsProvider S3_KEYS = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(EmulatorProcess.ACCESS_KEY_ID, EmulatorProcess.SECRET_ACCESS_KEY));
        static final DynamoDbClient DYNAMO = DynamoDbClient.builder().httpClient(HTTP).region(Region.US_EAST_1)
                .credentialsProvider(ANY).endpointOverride(CLOUD.dynamoDbEndpoint()).build();
        static final S3Client S3 = S3Client.builder().httpClient(HTTP).region(Region.US_EAST_1)
                .credentialsProvider(S3_KEYS).endpointOverride(CLOUD.s3Endpoint()).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
        static final S3Presigner PRESIGNER = S3Presigner.builder().region(Region.US_EAST_1).credentialsProvider(S3_KEYS)
                .endpointOverride(CLOUD.s3Endpoint())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
        static final SesV2Client SES = SesV2Client.builder().httpClient(HTTP).region(Region.US_EAST_1)
                .credentialsProvider(ANY).endpointOverride(CLOUD.sesEndpoint()).build();

        static final SfnClient SFN = SfnClient.builder().httpClient(HTTP).region(Region.US_EAST_1)
                .credentialsProvider(ANY).endpointOverride(CLOUD.stepFunctionsEndpoint())
                .overrideConfiguration(o -> o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true)
                        // The test counts Express executions, which AWS shows only in the workflow's log.
                        .putHeader(ExpressExecutionLog.HEADER, ExpressExecutionLog.HEADER_VALUE)).build();
        /**
         * A workflow of its own that only waits, EXPRESS like the order workflow, so the Step Functions adapter
         * is held to its contract by the local engine without running the order workflow on made-up orders.
         */
        static final String WAITING_MACHINE = SFN.createStateMachine(r -> r.name("contract-waits").type("EXPRESS")
                .roleArn("arn:aws:iam::000000000000:role/contract")
                .definition("{\"StartAt\":\"Hold\",\"States\":{\"Hold\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}"))
                .stateMachineArn();

        static long executionsNamed(String name) {
            return SFN.listExecutionsPaginator(r -> r.stateMachineArn(WAITING_MACHINE)).executions().stream()
                    .filter(e -> e.name().equals(name)).count();
        }

        static String table(String logicalId) {
            return CLOUD.tableName(logicalId);
        }
    }

    @Nested
    class DynamoDbIdempotency extends IdempotencyStoreContract {
        private final IdempotencyStore store = new DynamoDbIdempotencyStore(Emulators.DYNAMO, Emulators.table("IdempotencyTable"));

        @Override
        protected IdempotencyStore store() {
            return store;
        }
    }

    /** Block allocation (docs/scaling.md): the same contract, one instance = one execution environment. */
    @Nested
    class DynamoDbCounterInBlocks extends OrderNumberAllocatorContract {
        private final OrderNumberAllocator counter = new DynamoDbOrderNumberAllocator(Emulators.DYNAMO, Emulators.table("IdempotencyTable"), 7);

        @Override
        protected OrderNumberAllocator allocator() {
            return counter;
        }
    }

    /**
     * Four execution environments (allocator instances, blocks of 10) and eight threads take numbers at
     * once: every number is handed out once, each thread's numbers rise, and the counter moved by
     * whole blocks only — the numbers not handed out are the gaps, never duplicates.
     */
    @Nested
    class BlockAllocationUnderConcurrency {
        @org.junit.jupiter.api.Test
        void numbersStayUniqueAndGapsAreWholeBlocksLeftUnused() throws Exception {
            // A table of its own (same key schema as the Idempotency table), so no other test moves this counter.
            String table = "block-numbers-" + java.util.UUID.randomUUID();
            Emulators.DYNAMO.createTable(r -> r.tableName(table).billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("pk").keyType("HASH"))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
            // dynalite answers CreateTable with the table CREATING and makes it ACTIVE a timer tick and a disk write
            // later; a write before that is refused as ResourceNotFound (one fresh-clone run, session 25).
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(10))
                    .until(() -> Emulators.DYNAMO.describeTable(r -> r.tableName(table)).table().tableStatus()
                            == software.amazon.awssdk.services.dynamodb.model.TableStatus.ACTIVE);
            var counterBefore = new DynamoDbOrderNumberAllocator(Emulators.DYNAMO, table).next();
            List<DynamoDbOrderNumberAllocator> environments = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> new DynamoDbOrderNumberAllocator(Emulators.DYNAMO, table, 10)).toList();
            java.util.Map<Integer, List<Long>> taken = new java.util.concurrent.ConcurrentHashMap<>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
                List<java.util.concurrent.Future<?>> threads = new java.util.ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    int environment = t % 4;
                    threads.add(pool.submit(() -> {
                        List<Long> mine = taken.computeIfAbsent(thread, e -> new java.util.ArrayList<>());
                        for (int i = 0; i < 25; i++) {
                            mine.add(environments.get(environment).next());
                        }
                        return null;
                    }));
                }
                for (var thread : threads) {
                    thread.get();
                }
            }
            List<Long> all = taken.values().stream().flatMap(List::stream).toList();
            assertThat(all).hasSize(200).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isGreaterThan(counterBefore));
            taken.values().forEach(numbers -> assertThat(numbers).isSorted()); // what one thread of an environment took rises
            long counterAfter = new DynamoDbOrderNumberAllocator(Emulators.DYNAMO, table).next();
            // 50 numbers per environment = 5 blocks of 10 each, all used up: the counter moved by 200 (+1 for the read above).
            assertThat(counterAfter - counterBefore).isEqualTo(200 + 1);
        }
    }

    @Nested
    class DynamoDbCounter extends OrderNumberAllocatorContract {
        private final OrderNumberAllocator counter = new DynamoDbOrderNumberAllocator(Emulators.DYNAMO, Emulators.table("IdempotencyTable"));

        @Override
        protected OrderNumberAllocator allocator() {
            return counter;
        }
    }

    @Nested
    class DynamoDbMovements extends StockMovementRepositoryContract {
        private final StockMovementRepository movements =
                new DynamoDbStockMovementRepository(Emulators.DYNAMO, Emulators.table("StockMovementsTable"));

        @Override
        protected StockMovementRepository movements() {
            return movements;
        }
    }

    @Nested
    class S3Receipts extends ReceiptStoreContract {
        private final ReceiptStore receipts = new S3ReceiptStore(Emulators.S3, Emulators.PRESIGNER, Emulators.CLOUD.bucketName());

        @Override
        protected ReceiptStore receipts() {
            return receipts;
        }
    }

    @Nested
    class SesOutbox extends MailerContract {
        private final Mailer mailer = new SesMailer(Emulators.SES, Emulators.CLOUD.functionEnvironment("EmailReceiptFunction").get("SENDER_EMAIL"));

        @Override
        protected Mailer mailer() {
            return mailer;
        }

        /** Reads the emulator's store, as the recipient's mail client would show each message. */
        @Override
        protected List<Mailer.Email> deliveredTo(String address) {
            List<Mailer.Email> delivered = new ArrayList<>();
            for (JsonNode mail : sesStore().path("emails")) {
                if (!mail.path("destination").path("to").toString().contains(address)) {
                    continue;
                }
                List<Mailer.Attachment> attachments = new ArrayList<>();
                mail.path("attachments").forEach(a -> attachments.add(new Mailer.Attachment(a.path("filename").asText(),
                        a.path("contentType").asText(), Base64.getMimeDecoder().decode(a.path("content").asText()))));
                delivered.add(new Mailer.Email(mail.path("destination").path("to").path(0).asText(), mail.path("subject").asText(),
                        mail.path("body").path("text").asText(), attachments,
                        mail.path("body").hasNonNull("html") ? mail.path("body").path("html").asText() : null));
            }
            return delivered;
        }

        private JsonNode sesStore() {
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> store = http.send(HttpRequest.newBuilder(Emulators.CLOUD.sesEndpoint().resolve("/store")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                return JSON.readTree(store.body());
            } catch (IOException e) {
                throw new IllegalStateException("SES store: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class DynamoDbInventory extends InventoryRepositoryContract {
        private final DynamoDbInventoryRepository inventory =
                new DynamoDbInventoryRepository(Emulators.DYNAMO, Emulators.table("InventoryTable"));

        @Override
        protected InventoryRepository inventory() {
            return inventory;
        }

        @Override
        protected void seed(Product product, long available) {
            inventory.upsertProduct(product, available);
        }
    }

    /** h-x: managers' product edits, conditional on the version, on the same Inventory items as the stock. */
    @Nested
    class DynamoDbCatalog extends app.orderdesk.backend.port.ProductCatalogContract {
        private final DynamoDbInventoryRepository inventory =
                new DynamoDbInventoryRepository(Emulators.DYNAMO, Emulators.table("InventoryTable"));
        private final app.orderdesk.backend.port.ProductCatalog catalog =
                new app.orderdesk.backend.adapter.dynamodb.DynamoDbProductCatalog(Emulators.DYNAMO, Emulators.table("InventoryTable"));

        @Override
        protected app.orderdesk.backend.port.ProductCatalog catalog() {
            return catalog;
        }

        @Override
        protected InventoryRepository inventory() {
            return inventory;
        }

        @Override
        protected void seed(Product product, long available) {
            inventory.upsertProduct(product, available);
        }
    }

    /** h-p: products and settings in one BatchGetItem across the Inventory and Idempotency tables. */
    @Nested
    class DynamoDbPrices extends app.orderdesk.backend.port.PriceListContract {
        /** Under a key of its own: the shared cloud's settings item belongs to the end-to-end tests. */
        private final String settingsKey = "settings#contract-" + java.util.UUID.randomUUID();
        private final DynamoDbInventoryRepository inventory =
                new DynamoDbInventoryRepository(Emulators.DYNAMO, Emulators.table("InventoryTable"));
        private final DynamoDbStoreSettingsRepository settings = new DynamoDbStoreSettingsRepository(Emulators.DYNAMO,
                Emulators.table("IdempotencyTable"), settingsKey,
                app.orderdesk.backend.port.StoreSettingsRepositoryContract.STORE_ZONE);
        private final app.orderdesk.backend.port.PriceList prices = new app.orderdesk.backend.adapter.dynamodb.DynamoDbPriceList(
                Emulators.DYNAMO, Emulators.table("InventoryTable"), Emulators.table("IdempotencyTable"), settingsKey,
                app.orderdesk.backend.port.StoreSettingsRepositoryContract.STORE_ZONE);

        @Override
        protected app.orderdesk.backend.port.PriceList prices() {
            return prices;
        }

        @Override
        protected void seed(Product product) {
            inventory.upsertProduct(product, 1);
        }

        @Override
        protected app.orderdesk.backend.port.StoreSettingsRepository settings() {
            return settings;
        }
    }

    @Nested
    class DynamoDbOrders extends OrderRepositoryContract {
        private final OrderRepository orders = new DynamoDbOrderRepository(Emulators.DYNAMO, Emulators.table("OrdersTable"));

        @Override
        protected OrderRepository orders() {
            return orders;
        }
    }

    @Nested
    class DynamoDbSearch extends app.orderdesk.backend.port.OrderSearchContract {
        private final OrderRepository orders = new DynamoDbOrderRepository(Emulators.DYNAMO, Emulators.table("OrdersTable"));
        private final app.orderdesk.backend.port.OrderSearch search =
                new app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderSearch(Emulators.DYNAMO, Emulators.table("OrdersTable"));

        @Override
        protected OrderRepository orders() {
            return orders;
        }

        @Override
        protected app.orderdesk.backend.port.OrderSearch search() {
            return search;
        }
    }

    @Nested
    class DynamoDbStalled extends app.orderdesk.backend.port.StalledOrdersContract {
        private final OrderRepository orders = new DynamoDbOrderRepository(Emulators.DYNAMO, Emulators.table("OrdersTable"));
        private final app.orderdesk.backend.port.RetryHolds holds =
                new app.orderdesk.backend.adapter.dynamodb.DynamoDbRetryHolds(Emulators.DYNAMO, Emulators.table("OrdersTable"));

        @Override
        protected OrderRepository orders() {
            return orders;
        }

        @Override
        protected app.orderdesk.backend.port.RetryHolds holds() {
            return holds;
        }

        @Override
        protected app.orderdesk.backend.port.StalledOrders stalled() {
            return new app.orderdesk.backend.adapter.dynamodb.DynamoDbStalledOrders(Emulators.DYNAMO, Emulators.table("OrdersTable"));
        }
    }

    @Nested
    class DynamoDbHolds extends app.orderdesk.backend.port.RetryHoldsContract {
        private final OrderRepository orders = new DynamoDbOrderRepository(Emulators.DYNAMO, Emulators.table("OrdersTable"));
        private final app.orderdesk.backend.port.RetryHolds holds =
                new app.orderdesk.backend.adapter.dynamodb.DynamoDbRetryHolds(Emulators.DYNAMO, Emulators.table("OrdersTable"));

        @Override
        protected OrderRepository orders() {
            return orders;
        }

        @Override
        protected app.orderdesk.backend.port.RetryHolds holds() {
            return holds;
        }
    }

    @Nested
    class DynamoDbLedger extends StockLedgerContract {
        private final DynamoDbInventoryRepository inventory =
                new DynamoDbInventoryRepository(Emulators.DYNAMO, Emulators.table("InventoryTable"));
        private final app.orderdesk.backend.fakes.MovableClock now =
                new app.orderdesk.backend.fakes.MovableClock(java.time.Instant.parse("2026-03-01T10:00:00Z"));
        private final StockLedger ledger = new DynamoDbStockLedger(Emulators.DYNAMO, Emulators.table("InventoryTable"), now);

        @Override
        protected StockLedger ledger() {
            return ledger;
        }

        /** The item keeps what settled in the last hour, no more: it cannot grow with every adjustment ever made. */
        @org.junit.jupiter.api.Test
        void settledMarkersOlderThanAnHourGoWhenALaterMovementSettles() {
            String product = "contract-" + java.util.UUID.randomUUID();
            inventory.upsertProduct(new Product(product, "SKU-" + product.substring(9, 17), "Marker product",
                    app.orderdesk.backend.domain.Money.ofCents(100), 2), 5);
            var first = new app.orderdesk.backend.domain.StockMovement(product, "2026-03-01T10:00:00.000Z#a", "RECEIVED", 1,
                    null, null, null, "mia", null, now.instant());
            ledger.applyDelta(first);
            ledger.settle(product, first.movementId());
            now.advance(java.time.Duration.ofMinutes(59));
            var second = new app.orderdesk.backend.domain.StockMovement(product, "2026-03-01T10:59:00.000Z#b", "RECEIVED", 1,
                    null, null, null, "mia", null, now.instant());
            ledger.applyDelta(second);
            ledger.settle(product, second.movementId());
            assertThat(markers(product)).as("59 minutes on, both remembered").containsExactly("settledMovement:" + first.movementId(),
                    "settledMovement:" + second.movementId());

            now.advance(java.time.Duration.ofMinutes(2));
            var third = new app.orderdesk.backend.domain.StockMovement(product, "2026-03-01T11:01:00.000Z#c", "RECEIVED", 1,
                    null, null, null, "mia", null, now.instant());
            ledger.applyDelta(third);
            ledger.settle(product, third.movementId());

            assertThat(markers(product)).containsExactly("settledMovement:" + second.movementId(), "settledMovement:" + third.movementId());
            assertThat(available(product)).isEqualTo(8);
        }

        private List<String> markers(String productId) {
            return Emulators.DYNAMO.getItem(r -> r.tableName(Emulators.table("InventoryTable")).consistentRead(true)
                            .key(java.util.Map.of("productId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(productId))))
                    .item().keySet().stream().filter(name -> name.startsWith("settledMovement:")).sorted().toList();
        }

        @Override
        protected void seed(Product product, long available) {
            inventory.upsertProduct(product, available);
        }

        @Override
        protected long available(String productId) {
            return inventory.find(productId).orElseThrow().available();
        }
    }

    @Nested
    class DynamoDbTotals extends app.orderdesk.backend.port.DailyTotalsStoreContract {
        private final app.orderdesk.backend.port.DailyTotalsStore totals =
                new app.orderdesk.backend.adapter.dynamodb.DynamoDbDailyTotals(Emulators.DYNAMO, Emulators.table("DailyTotalsTable"),
                        java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC);

        @Override
        protected app.orderdesk.backend.port.DailyTotalsStore totals() {
            return totals;
        }

        /**
         * A write costs what the order's own item costs, not the whole day: the 400th order of a day is
         * counted for the same write units as the first (the single day item this replaced cost about
         * one unit per 7 orders already recorded that day). DynamoDB reports the units; so does dynalite.
         */
        @org.junit.jupiter.api.Test
        void countingAnOrderCostsTheSameWriteUnitsAtTheFourHundredthOrderOfADayAsAtTheFirst() {
            var units = new java.util.concurrent.atomic.DoubleAdder();
            var measuring = DynamoDbClient.builder().httpClient(Emulators.HTTP).region(Region.US_EAST_1).credentialsProvider(Emulators.ANY)
                    .endpointOverride(Emulators.CLOUD.dynamoDbEndpoint())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(new ConsumedWriteUnits(units))).build();
            var measured = new app.orderdesk.backend.adapter.dynamodb.DynamoDbDailyTotals(measuring, Emulators.table("DailyTotalsTable"),
                    java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC);
            String day = "1999-" + java.util.UUID.randomUUID();
            double first = unitsOfOneOrder(measured, units, day, 0);
            for (int i = 1; i < 400; i++) {
                totals.recordPlaced(day, "o-" + i, "staff-" + (i % 3));
                totals.recordOutcome(new app.orderdesk.backend.port.DailyTotalsStore.Outcome(day, "o-" + i,
                        app.orderdesk.backend.domain.OrderStatus.COMPLETED, 2500,
                        List.of(new app.orderdesk.backend.port.DailyTotalsStore.LineSale("p-mug", "Mug", 2, 2500))));
            }
            double fourHundredth = unitsOfOneOrder(measured, units, day, 400);
            System.out.printf("daily totals: write units to count an order: first %.1f, 400th %.1f%n", first, fourHundredth);
            assertThat(first).isPositive();
            assertThat(fourHundredth).isEqualTo(first);
            assertThat(totals.read(List.of(day)).getFirst().placed()).isEqualTo(401);
        }

        /**
         * ADR 0078: a past day read again costs one summary item, not a Query of its orders (a 30-day dashboard read was
         * 30 Queries over every order of the month); today is always summed from its orders.
         */
        @org.junit.jupiter.api.Test
        void aPastDayReadAgainIsOneSummaryItemNotAQueryOfItsOrders() {
            var calls = new java.util.concurrent.ConcurrentLinkedQueue<String>();
            var counting = DynamoDbClient.builder().httpClient(Emulators.HTTP).region(Region.US_EAST_1).credentialsProvider(Emulators.ANY)
                    .endpointOverride(Emulators.CLOUD.dynamoDbEndpoint())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
                        @Override
                        public void beforeExecution(software.amazon.awssdk.core.interceptor.Context.BeforeExecution context,
                                                    software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
                            calls.add(context.request().getClass().getSimpleName());
                        }
                    })).build();
            var store = new app.orderdesk.backend.adapter.dynamodb.DynamoDbDailyTotals(counting, Emulators.table("DailyTotalsTable"),
                    java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC);
            List<String> days = new java.util.ArrayList<>();
            for (int d = 0; d < 3; d++) {
                String day = java.time.LocalDate.of(1, 1, 1).plusDays(Math.floorMod(java.util.UUID.randomUUID().hashCode(), 700_000)).toString();
                days.add(day);
                for (int i = 0; i < 30 + d; i++) {
                    totals.recordPlaced(day, "o-" + i, "staff");
                    totals.recordOutcome(new app.orderdesk.backend.port.DailyTotalsStore.Outcome(day, "o-" + i,
                            app.orderdesk.backend.domain.OrderStatus.COMPLETED, 2500,
                            List.of(new app.orderdesk.backend.port.DailyTotalsStore.LineSale("p-mug", "Mug", 2, 2500))));
                }
            }
            var summed = store.read(days);
            assertThat(calls).as("the first read sums each day and keeps its summary")
                    .containsExactlyInAnyOrder("BatchGetItemRequest", "QueryRequest", "QueryRequest", "QueryRequest",
                            "PutItemRequest", "PutItemRequest", "PutItemRequest");

            calls.clear();
            var kept = store.read(days);
            assertThat(calls).containsExactly("BatchGetItemRequest");
            assertThat(kept).isEqualTo(summed);
            assertThat(kept).extracting(app.orderdesk.backend.domain.DayTotals::placed).containsExactly(30L, 31L, 32L);

            calls.clear();
            store.read(List.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString()));
            assertThat(calls).as("a day not yet over is read from its orders").containsOnly("QueryRequest");
        }

        private double unitsOfOneOrder(app.orderdesk.backend.port.DailyTotalsStore measured,
                                       java.util.concurrent.atomic.DoubleAdder units, String day, int n) {
            units.reset();
            measured.recordPlaced(day, "o-" + n, "staff-0");
            measured.recordOutcome(new app.orderdesk.backend.port.DailyTotalsStore.Outcome(day, "o-" + n,
                    app.orderdesk.backend.domain.OrderStatus.COMPLETED, 2500,
                    List.of(new app.orderdesk.backend.port.DailyTotalsStore.LineSale("p-mug", "Mug", 2, 2500))));
            return units.sum();
        }
    }

    /** Asks DynamoDB for the write units each UpdateItem consumed and adds them up. */
    private record ConsumedWriteUnits(java.util.concurrent.atomic.DoubleAdder units)
            implements software.amazon.awssdk.core.interceptor.ExecutionInterceptor {
        @Override
        public software.amazon.awssdk.core.SdkRequest modifyRequest(software.amazon.awssdk.core.interceptor.Context.ModifyRequest context,
                                                                    software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
            return context.request() instanceof software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest update
                    ? update.toBuilder().returnConsumedCapacity(software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity.TOTAL).build()
                    : context.request();
        }

        @Override
        public void afterExecution(software.amazon.awssdk.core.interceptor.Context.AfterExecution context,
                                   software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
            if (context.response() instanceof software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse response
                    && response.consumedCapacity() != null) {
                units.add(response.consumedCapacity().capacityUnits());
            }
        }
    }

    @Nested
    class PaymentsLedgerTable extends PaymentGatewayContract {
        private final PaymentGateway gateway =
                new SimulatedPaymentGateway(Emulators.DYNAMO, Emulators.table("PaymentsLedgerTable"), Clock.systemUTC());

        @Override
        protected PaymentGateway gateway() {
            return gateway;
        }
    }

    @Nested
    class StepFunctionsStarter extends WorkflowStarterContract {
        private final WorkflowStarter starter = new SfnWorkflowStarter(Emulators.SFN, Emulators.WAITING_MACHINE);

        @Override
        protected WorkflowStarter starter() {
            return starter;
        }

        @Override
        protected long executions(String orderId) {
            return Emulators.executionsNamed(orderId);
        }
    }

    @Nested
    class DynamoDbStoreSettings extends app.orderdesk.backend.port.StoreSettingsRepositoryContract {
        /** Under a key of its own: the shared cloud's settings item belongs to the end-to-end tests. */
        private final DynamoDbStoreSettingsRepository settings = new DynamoDbStoreSettingsRepository(Emulators.DYNAMO,
                Emulators.table("IdempotencyTable"), "settings#contract-" + java.util.UUID.randomUUID(),
                app.orderdesk.backend.port.StoreSettingsRepositoryContract.STORE_ZONE);

        @Override
        protected app.orderdesk.backend.port.StoreSettingsRepository settings() {
            return settings;
        }
    }

    @Nested
    class DynamoDbPushSubscriptions extends app.orderdesk.backend.port.PushConnectionsContract {
        /** The template's two tables; the contract's ids and topics are unique, so the e2e desks are not disturbed. */
        private final app.orderdesk.backend.adapter.dynamodb.DynamoDbPushConnections connections =
                new app.orderdesk.backend.adapter.dynamodb.DynamoDbPushConnections(Emulators.DYNAMO,
                        Emulators.table("PushConnectionsTable"), () -> Emulators.table("PushSubscriptionsTable"));

        @Override
        protected app.orderdesk.backend.port.PushConnections connections() {
            return connections;
        }
    }

    @Nested
    class DynamoDbOrderAndSettingsTogether extends app.orderdesk.backend.port.ReceiptSourcesContract {
        /** Under a key of its own: the shared cloud's settings item belongs to the end-to-end tests. */
        private final String settingsKey = "settings#contract-" + java.util.UUID.randomUUID();
        private final OrderRepository orders = new DynamoDbOrderRepository(Emulators.DYNAMO, Emulators.table("OrdersTable"));
        private final DynamoDbStoreSettingsRepository settings = new DynamoDbStoreSettingsRepository(Emulators.DYNAMO,
                Emulators.table("IdempotencyTable"), settingsKey,
                app.orderdesk.backend.port.StoreSettingsRepositoryContract.STORE_ZONE);
        private final app.orderdesk.backend.port.ReceiptSources sources = new app.orderdesk.backend.adapter.dynamodb.DynamoDbReceiptSources(
                Emulators.DYNAMO, Emulators.table("OrdersTable"), Emulators.table("IdempotencyTable"), settingsKey,
                app.orderdesk.backend.port.StoreSettingsRepositoryContract.STORE_ZONE);

        @Override
        protected OrderRepository orders() {
            return orders;
        }

        @Override
        protected app.orderdesk.backend.port.StoreSettingsRepository settings() {
            return settings;
        }

        @Override
        protected app.orderdesk.backend.port.ReceiptSources sources() {
            return sources;
        }
    }

    @Nested
    class DynamoDbCustomers extends app.orderdesk.backend.port.CustomerDirectoryContract {
        private final app.orderdesk.backend.port.CustomerDirectory customers =
                new app.orderdesk.backend.adapter.dynamodb.DynamoDbCustomerDirectory(Emulators.DYNAMO, Emulators.table("CustomersTable"));

        @Override
        protected app.orderdesk.backend.port.CustomerDirectory customers() {
            return customers;
        }
    }
}
