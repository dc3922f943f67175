package app.orderdesk.backend.config;

import app.orderdesk.backend.env.Env;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbAttentionQueue;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbStalledOrders;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbCustomerDirectory;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbDailyTotals;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbIdempotencyStore;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderErasure;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbInventoryRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbProductCatalog;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderNumberAllocator;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbRetryHolds;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbPushConnections;
import app.orderdesk.backend.adapter.cognito.CognitoIdTokenVerifier;
import app.orderdesk.backend.adapter.push.ApiGatewayPushChannel;
import app.orderdesk.backend.adapter.sns.NotifyingInventory;
import app.orderdesk.backend.adapter.sns.NotifyingOrderRepository;
import app.orderdesk.backend.adapter.sns.NotifyingRefundRepository;
import app.orderdesk.backend.adapter.sns.NotifyingRetryHolds;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.ProductCatalog;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.RefundRepository;
import app.orderdesk.backend.port.RetryHolds;
import app.orderdesk.backend.port.StockLedger;
import app.orderdesk.backend.usecase.ClosePushConnection;
import app.orderdesk.backend.usecase.OpenPushConnection;
import app.orderdesk.backend.usecase.PushChanges;
import app.orderdesk.backend.usecase.PushedChangeEvents;
import app.orderdesk.backend.usecase.SubscribeToPush;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderSearch;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbStockLedger;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbRefundRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbStockMovementRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbReceiptSources;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbStoreSettingsRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbPriceList;
import app.orderdesk.backend.adapter.payment.SimulatedPaymentGateway;
import app.orderdesk.backend.adapter.pdf.OpenPdfCreditNoteRenderer;
import app.orderdesk.backend.adapter.pdf.OpenPdfReceiptRenderer;
import app.orderdesk.backend.adapter.s3.S3ReceiptStore;
import app.orderdesk.backend.adapter.ses.SesMailer;
import app.orderdesk.backend.adapter.sfn.SfnWorkflowStarter;
import app.orderdesk.backend.observability.CountingIdempotencyStore;
import app.orderdesk.backend.port.IdGenerator;
import app.orderdesk.backend.port.ReceiptSources;
import app.orderdesk.backend.port.StoreSettingsRepository;
import app.orderdesk.backend.usecase.AdjustStock;
import app.orderdesk.backend.usecase.CancelOrder;
import app.orderdesk.backend.usecase.CommitStock;
import app.orderdesk.backend.usecase.CreditNotes;
import app.orderdesk.backend.usecase.GetCreditNoteLink;
import app.orderdesk.backend.usecase.EmailReceipt;
import app.orderdesk.backend.usecase.EraseCustomer;
import app.orderdesk.backend.usecase.ExportCustomers;
import app.orderdesk.backend.usecase.FindCustomers;
import app.orderdesk.backend.usecase.GetCustomerOrders;
import app.orderdesk.backend.usecase.GetDashboard;
import app.orderdesk.backend.usecase.ListAttention;
import app.orderdesk.backend.usecase.ListRefunds;
import app.orderdesk.backend.usecase.RecordOrderOutcome;
import app.orderdesk.backend.usecase.RecordPlacedOrder;
import app.orderdesk.backend.usecase.GenerateReceipt;
import app.orderdesk.backend.usecase.GetInventoryItem;
import app.orderdesk.backend.usecase.GetOrder;
import app.orderdesk.backend.usecase.GetReceiptLink;
import app.orderdesk.backend.usecase.GetStoreSettings;
import app.orderdesk.backend.usecase.GetTimeline;
import app.orderdesk.backend.usecase.ImportStockCounts;
import app.orderdesk.backend.usecase.ListInventory;
import app.orderdesk.backend.usecase.ListStockMovements;
import app.orderdesk.backend.usecase.HoldForRetry;
import app.orderdesk.backend.usecase.MarkOrder;
import app.orderdesk.backend.usecase.PlaceOrder;
import app.orderdesk.backend.usecase.ProcessPayment;
import app.orderdesk.backend.usecase.ReconcileReservations;
import app.orderdesk.backend.usecase.ResumeInFlightOrders;
import app.orderdesk.backend.usecase.StartStalledOrders;
import app.orderdesk.backend.usecase.RecordPaymentReceived;
import app.orderdesk.backend.usecase.UndoPaymentReceived;
import app.orderdesk.backend.usecase.RefundOrder;
import app.orderdesk.backend.usecase.RefundsOfTheDay;
import app.orderdesk.backend.usecase.Restock;
import app.orderdesk.backend.usecase.ReleaseStock;
import app.orderdesk.backend.usecase.RedriveOrder;
import app.orderdesk.backend.usecase.ResendReceipt;
import app.orderdesk.backend.usecase.ReserveStock;
import app.orderdesk.backend.usecase.SaveOrder;
import app.orderdesk.backend.usecase.SearchOrders;
import app.orderdesk.backend.usecase.UpdateStoreSettings;
import app.orderdesk.backend.usecase.SaveProduct;
import app.orderdesk.backend.usecase.ValidateOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The composition root: wires each use case to its production adapters, reading table, bucket and
 * workflow names from {@link Env}. No container; handlers call one factory in their no-arg constructor.
 */
public final class Production {

    private static final org.apache.logging.log4j.Logger LOG = org.apache.logging.log4j.LogManager.getLogger(Production.class);

    private static final Clock CLOCK = Clock.systemUTC();

    private Production() {}

    public static PlaceOrder placeOrder() {
        var dynamo = AwsClients.dynamoDb();
        return new PlaceOrder(new DynamoDbPriceList(dynamo, Env.required("INVENTORY_TABLE"), Env.required("IDEMPOTENCY_TABLE"), storeZone()),
                new CountingIdempotencyStore(new DynamoDbIdempotencyStore(dynamo, Env.required("IDEMPOTENCY_TABLE"))),
                new DynamoDbOrderNumberAllocator(dynamo, Env.required("IDEMPOTENCY_TABLE")), orders(),
                new SfnWorkflowStarter(AwsClients.sfn(), Env.required("ORDER_WORKFLOW_ARN")), IdGenerator.uuids(), CLOCK,
                new RecordPlacedOrder(customers(), dailyTotals(), storeZone(), callingCode()));
    }

    public static GetStoreSettings getStoreSettings() {
        return new GetStoreSettings(storeSettings());
    }

    public static UpdateStoreSettings updateStoreSettings() {
        return new UpdateStoreSettings(storeSettings(), CLOCK, changeEvents());
    }

    /**
     * The settings item in the Idempotency table, beside the order counter. Read for every receipt (one
     * small GetItem) rather than cached in the warm function, so a manager's change is on the next receipt.
     */
    private static StoreSettingsRepository storeSettings() {
        return new DynamoDbStoreSettingsRepository(AwsClients.dynamoDb(), Env.required("IDEMPOTENCY_TABLE"), storeZone());
    }

    public static GetOrder getOrder() {
        return new GetOrder(orders(), refunds());
    }

    public static GetTimeline getTimeline() {
        return new GetTimeline(orders(), refunds());
    }

    public static ListRefunds listRefunds() {
        return new ListRefunds(orders(), refunds());
    }

    public static GetReceiptLink getReceiptLink() {
        return new GetReceiptLink(orders(), receipts(), CLOCK, receiptUrlLifetime());
    }

    /** h-x: managers' product editor; the settings item gives the categories and the currency. */
    public static SaveProduct saveProduct() {
        return new SaveProduct(productCatalog(), storeSettings(), changeEvents(), CLOCK);
    }

    private static ProductCatalog productCatalog() {
        return new DynamoDbProductCatalog(AwsClients.dynamoDb(), Env.required("INVENTORY_TABLE"));
    }

    public static ListInventory listInventory() {
        return new ListInventory(inventory());
    }

    public static ValidateOrder validateOrder() {
        return new ValidateOrder(orders(), inventory());
    }

    public static SaveOrder saveOrder() {
        return new SaveOrder(orders());
    }

    public static ReserveStock reserveStock() {
        return new ReserveStock(orders(), inventory(), CLOCK);
    }

    public static ProcessPayment processPayment() {
        return new ProcessPayment(orders(), payments(), CLOCK);
    }

    public static CommitStock commitStock() {
        return new CommitStock(orders(), inventory(),
                new DynamoDbStockMovementRepository(AwsClients.dynamoDb(), Env.required("STOCK_MOVEMENTS_TABLE")), CLOCK);
    }

    public static GenerateReceipt generateReceipt() {
        return new GenerateReceipt(orders(), receiptSources(), new OpenPdfReceiptRenderer(), receipts(), CLOCK);
    }

    public static EmailReceipt emailReceipt() {
        return new EmailReceipt(orders(), receiptSources(), receipts(),
                new SesMailer(AwsClients.sesV2(), Env.required("SENDER_EMAIL")), CLOCK);
    }

    /** The order and the settings item (Idempotency table) in one BatchGetItem, for the two receipt steps. */
    private static ReceiptSources receiptSources() {
        return new DynamoDbReceiptSources(AwsClients.dynamoDb(), Env.required("ORDERS_TABLE"), Env.required("IDEMPOTENCY_TABLE"),
                storeZone());
    }

    public static ReleaseStock releaseStock() {
        return new ReleaseStock(orders(), inventory(), payments(), CLOCK);
    }

    /** Reads INVENTORY_TABLE and ORDERS_TABLE only (the function's own Environment in the template). */
    public static ReconcileReservations reconcileReservations() {
        return new ReconcileReservations(inventory(), orders(), CLOCK);
    }

    /** Reads ORDERS_TABLE and ORDER_WORKFLOW_ARN: the reconciler starts orders stored but never started. */
    public static StartStalledOrders startStalledOrders() {
        return new StartStalledOrders(new DynamoDbStalledOrders(AwsClients.dynamoDb(), Env.required("ORDERS_TABLE")), orders(),
                new SfnWorkflowStarter(AwsClients.sfn(), Env.required("ORDER_WORKFLOW_ARN")), CLOCK);
    }

    /** Reads ORDERS_TABLE and ORDER_WORKFLOW_ARN: the reconciler resumes orders a run left in flight (ADR 0035). */
    public static ResumeInFlightOrders resumeInFlightOrders() {
        String table = Env.required("ORDERS_TABLE");
        return new ResumeInFlightOrders(new DynamoDbStalledOrders(AwsClients.dynamoDb(), table),
                retryHolds(), orders(),
                new SfnWorkflowStarter(AwsClients.sfn(), Env.required("ORDER_WORKFLOW_ARN")), CLOCK);
    }

    public static MarkOrder markOrder() {
        return new MarkOrder(orders(), payments(), CLOCK);
    }

    public static HoldForRetry holdForRetry() {
        return new HoldForRetry(retryHolds(), CLOCK);
    }

    /** Reads ORDERS_TABLE; every hold, retry and resume it writes is pushed to the desks (ADR 0074). */
    private static RetryHolds retryHolds() {
        return new NotifyingRetryHolds(new DynamoDbRetryHolds(AwsClients.dynamoDb(), Env.required("ORDERS_TABLE")), changeEvents());
    }

    public static SearchOrders searchOrders() {
        return new SearchOrders(orderSearch(), CLOCK, storeZone());
    }

    public static CancelOrder cancelOrder() {
        return new CancelOrder(orders(), inventory(), CLOCK, new RecordOrderOutcome(orders(), dailyTotals(), storeZone()));
    }

    public static RedriveOrder redriveOrder() {
        return new RedriveOrder(orders(), retryHolds(),
                new SfnWorkflowStarter(AwsClients.sfn(), Env.required("ORDER_WORKFLOW_ARN")), CLOCK);
    }

    public static ResendReceipt resendReceipt() {
        StoreSettingsRepository settings = storeSettings();
        return new ResendReceipt(orders(), receipts(), new SesMailer(AwsClients.sesV2(), Env.required("SENDER_EMAIL")), CLOCK,
                new OpenPdfReceiptRenderer(settings::current), settings::current, recordOrderOutcome().orElse(null));
    }

    public static GetInventoryItem getInventoryItem() {
        return new GetInventoryItem(inventory());
    }

    public static AdjustStock adjustStock() {
        return new AdjustStock(inventory(), ledger(), movements(),
                new DynamoDbIdempotencyStore(AwsClients.dynamoDb(), Env.required("IDEMPOTENCY_TABLE")), IdGenerator.uuids(), CLOCK);
    }

    public static ListStockMovements listStockMovements() {
        return new ListStockMovements(inventory(), movements(), ledger());
    }

    public static ImportStockCounts importStockCounts() {
        return new ImportStockCounts(inventory(), adjustStock(), productCatalog(), storeSettings(),
                new DynamoDbIdempotencyStore(AwsClients.dynamoDb(), Env.required("IDEMPOTENCY_TABLE")), IdGenerator.uuids(), CLOCK);
    }

    /**
     * Reads SUPPORT_REFUND_LIMIT_CENTS (the stack's SupportRefundLimit), PAYMENTS_LEDGER_TABLE, DAILY_TOTALS_TABLE and
     * STORE_TIME_ZONE (the refund counted on its day). The
     * credit note reads the store's settings with one GetItem of their item in the Idempotency table
     * (the table the function already reads its keys from), and only when a credit note or its email is
     * still to be written.
     */
    public static RefundOrder refundOrder() {
        var dynamo = AwsClients.dynamoDb();
        StoreSettingsRepository settings = storeSettings();
        return new RefundOrder(orders(), refunds(), new DynamoDbIdempotencyStore(dynamo, Env.required("IDEMPOTENCY_TABLE")),
                payments(), new Restock(ledger(), movements()),
                new CreditNotes(refunds(), new OpenPdfCreditNoteRenderer(), receipts(),
                        new SesMailer(AwsClients.sesV2(), Env.required("SENDER_EMAIL")), CLOCK, settings::current),
                new RefundsOfTheDay(dailyTotals(), storeZone()),
                IdGenerator.uuids(), CLOCK, Env.number("SUPPORT_REFUND_LIMIT_CENTS", 5000));
    }

    /** ADR 0071: one conditional write on the order (announced through orders()), its refunds read for the answer. */
    public static RecordPaymentReceived recordPaymentReceived() {
        return new RecordPaymentReceived(orders(), refunds(), CLOCK, storeZone());
    }

    /** ADR 0072: the same, undoing the recorded payment. */
    public static UndoPaymentReceived undoPaymentReceived() {
        return new UndoPaymentReceived(orders(), refunds(), CLOCK);
    }

    public static GetCreditNoteLink getCreditNoteLink() {
        return new GetCreditNoteLink(refunds(), receipts(), CLOCK, Duration.ofSeconds(Env.number("RECEIPT_URL_TTL_SECONDS", 300)));
    }

    /** Refund statuses are written on the order's item past orders(): announced the same way. */
    private static RefundRepository refunds() {
        return new NotifyingRefundRepository(new DynamoDbRefundRepository(AwsClients.dynamoDb(), Env.required("ORDERS_TABLE")), changeEvents(), CLOCK);
    }

    // ---------- customer directory, daily totals, dashboard ----------

    /** The dashboard's outcome counter, or empty in a function that keeps no daily totals. */
    public static Optional<RecordOrderOutcome> recordOrderOutcome() {
        return Env.optional("DAILY_TOTALS_TABLE").map(table ->
                new RecordOrderOutcome(orders(), new DynamoDbDailyTotals(AwsClients.dynamoDb(), table, CLOCK, storeZone()), storeZone()));
    }

    public static FindCustomers findCustomers() {
        return new FindCustomers(customers(), callingCode());
    }

    public static GetCustomerOrders getCustomerOrders() {
        return new GetCustomerOrders(customers(), orderSearch());
    }

    public static ExportCustomers exportCustomers() {
        return new ExportCustomers(customers(), storeZone());
    }

    public static EraseCustomer eraseCustomer() {
        return new EraseCustomer(customers(), new DynamoDbOrderErasure(AwsClients.dynamoDb(), Env.required("ORDERS_TABLE")), CLOCK);
    }

    public static ListAttention listAttention() {
        return new ListAttention(new DynamoDbAttentionQueue(AwsClients.dynamoDb(), Env.required("ORDERS_TABLE")),
                orders(), CLOCK);
    }

    public static GetDashboard getDashboard() {
        return new GetDashboard(dailyTotals(), orderSearch(), inventory(), listAttention(), CLOCK, storeZone());
    }

    /**
     * The store's time zone (STORE_TIME_ZONE, an IANA id): it decides which day an order belongs to, and the dates
     * on receipts and in the desk (the settings are read in it, ADR 0080).
     */
    static ZoneId storeZone() {
        return ZoneId.of(Env.optional("STORE_TIME_ZONE").orElse("UTC"));
    }

    /** The store country's calling code (digits), for phone numbers written without one. */
    static String callingCode() {
        return Env.optional("STORE_COUNTRY_CALLING_CODE").orElse("1");
    }

    private static DynamoDbCustomerDirectory customers() {
        return new DynamoDbCustomerDirectory(AwsClients.dynamoDb(), Env.required("CUSTOMERS_TABLE"));
    }

    private static DynamoDbDailyTotals dailyTotals() {
        return new DynamoDbDailyTotals(AwsClients.dynamoDb(), Env.required("DAILY_TOTALS_TABLE"), CLOCK, storeZone());
    }

    private static DynamoDbOrderSearch orderSearch() {
        return new DynamoDbOrderSearch(AwsClients.dynamoDb(), Env.required("ORDERS_TABLE"));
    }

    /** The simulated provider and its ledger table; a real provider's adapter replaces it here. */
    private static SimulatedPaymentGateway payments() {
        return new SimulatedPaymentGateway(AwsClients.dynamoDb(), Env.required("PAYMENTS_LEDGER_TABLE"), CLOCK);
    }

    private static DynamoDbStockMovementRepository movements() {
        return new DynamoDbStockMovementRepository(AwsClients.dynamoDb(), Env.required("STOCK_MOVEMENTS_TABLE"));
    }

    private static StockLedger ledger() {
        return NotifyingInventory.of(new DynamoDbStockLedger(AwsClients.dynamoDb(), Env.required("INVENTORY_TABLE"), CLOCK), changeEvents(), CLOCK);
    }

    /** Every status written is pushed to the desks following it (live updates; ADR 0015, 0052). */
    private static OrderRepository orders() {
        return new NotifyingOrderRepository(new DynamoDbOrderRepository(AwsClients.dynamoDb(), Env.required("ORDERS_TABLE"), storeZone()), changeEvents());
    }

    /** Every change of available stock is pushed to the desks showing stock. */
    private static InventoryRepository inventory() {
        return NotifyingInventory.of(new DynamoDbInventoryRepository(AwsClients.dynamoDb(), Env.required("INVENTORY_TABLE")), changeEvents(), CLOCK);
    }

    /**
     * The function that writes a change pushes it to the desks itself (ADR 0052; before: a queue and a notifier).
     * Built at the first change: functions that only read never need the push tables, the WebSocket URL or the grants.
     */
    private static ChangeEvents changeEvents() {
        return new PushedChangeEvents(Production::sharedPushChanges,
                (changes, e) -> LOG.warn("could not push {}: {}", changes, e.toString()));
    }

    /** The changes {@code work} announces on this thread are pushed together (one read of the subscribers; ADR 0040, 0052). */
    public static <T> T announcingTogether(java.util.function.Supplier<T> work) {
        return PushedChangeEvents.together(work);
    }

    // ---------- live updates (WebSocket API) ----------

    public static OpenPushConnection openPushConnection() {
        return new OpenPushConnection(CognitoIdTokenVerifier.forIssuer(Env.required("COGNITO_ISSUER"), Env.required("USER_POOL_CLIENT_ID")),
                pushConnections(), CLOCK);
    }

    public static ClosePushConnection closePushConnection() {
        return new ClosePushConnection(pushConnections());
    }

    public static SubscribeToPush subscribeToPush() {
        return new SubscribeToPush(pushConnections(), CLOCK);
    }

    private static volatile PushChanges sharedPushChanges;

    /**
     * The pushes of one execution environment share one PushChanges (and so its receipt store), built at the first
     * change pushed; a failed build (a missing variable) is not kept, so the next change tries again.
     */
    private static PushChanges sharedPushChanges() {
        PushChanges built = sharedPushChanges;
        if (built == null) {
            built = pushChanges();
            sharedPushChanges = built;
        }
        return built;
    }

    /** A COMPLETED change carries its receipt's presigned URL, as long-lived as the receipt route's (ADR 0053). */
    public static PushChanges pushChanges() {
        return new PushChanges(pushConnections(), new ApiGatewayPushChannel(AwsClients.pushManagement()), Production::receipts, CLOCK,
                receiptUrlLifetime(), e -> LOG.warn("pushing a COMPLETED change without its receipt link: {}", e.toString()));
    }

    private static Duration receiptUrlLifetime() {
        return Duration.ofSeconds(Env.number("RECEIPT_URL_TTL_SECONDS", 300));
    }

    private static DynamoDbPushConnections pushConnections() {
        return new DynamoDbPushConnections(AwsClients.dynamoDb(), Env.required("PUSH_CONNECTIONS_TABLE"),
                () -> Env.required("PUSH_SUBSCRIPTIONS_TABLE"));
    }

    private static S3ReceiptStore receipts() {
        return new S3ReceiptStore(AwsClients.s3(), AwsClients.s3Presigner(), Env.required("RECEIPTS_BUCKET"));
    }
}
