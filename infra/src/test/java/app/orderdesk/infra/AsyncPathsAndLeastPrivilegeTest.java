package app.orderdesk.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every asynchronous path ends somewhere a person will see (a DLQ or failure destination with an
 * alarm, or the workflow's failure alarm), and every function is granted exactly the actions its
 * handler's use case performs, no more.
 */
class AsyncPathsAndLeastPrivilegeTest {

    private static final Map<String, String> HANDLERS = new TreeMap<>();
    private static final String SES = "SES identities";
    private static final String EXECUTIONS = "OrderWorkflow executions";
    private static final String RECEIPTS = "ReceiptsBucket/receipts/*";
    private static final String CREDIT_NOTES = "ReceiptsBucket/credit-notes/*";
    private static final String CONNECTIONS = "PushApi @connections";
    /**
     * Live updates: every function that writes an order status or available stock pushes it to the desks itself
     * (usecase.PushedChangeEvents → PushChanges, ADR 0052): reads the subscribers of its topics (BatchGetItem),
     * posts to their connections, and forgets a gone connection (DeleteItem, then UpdateItem on its topics).
     */
    private static final Map<String, Set<String>> ANNOUNCES = Map.of(
            "PushSubscriptionsTable", Set.of("dynamodb:BatchGetItem", "dynamodb:UpdateItem"),
            "PushConnectionsTable", Set.of("dynamodb:DeleteItem"),
            CONNECTIONS, Set.of("execute-api:ManageConnections"));

    /**
     * What each handler calls, read from its use case and adapters (see backend-lambdas): resource →
     * IAM actions. A change to a use case that needs another call must change this table and the template.
     */
    private static final Map<String, Map<String, Set<String>>> USES = new TreeMap<>(Map.ofEntries(
            // PlaceOrder: Inventory.findProducts (BatchGetItem), IdempotencyStore.putIfAbsent (PutItem, GetItem),
            // OrderNumberAllocator.next (UpdateItem), Orders.find/create (GetItem, PutItem), SfnWorkflowStarter.start
            fn("PlaceOrderFunction", "PlaceOrderHandler", announcing(Map.of(
                    "InventoryTable", Set.of("dynamodb:BatchGetItem"),
                    // BatchGetItem: the price list reads the store settings item with the products (tax by category)
                    "IdempotencyTable", Set.of("dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:BatchGetItem"),
                    // UpdateItem: claimWorkflowStart / releaseWorkflowStart, the start lease of a repeat (ADR 0018)
                    "OrdersTable", Set.of("dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:UpdateItem"),
                    // RecordPlacedOrder: CustomerDirectory.remember, DailyTotalsStore.recordPlaced (UpdateItem each)
                    "CustomersTable", Set.of("dynamodb:UpdateItem"),
                    "DailyTotalsTable", Set.of("dynamodb:UpdateItem"),
                    "OrderWorkflow", Set.of("states:StartExecution")))),
            fn("GetOrderFunction", "GetOrderHandler", Map.of("OrdersTable", Set.of("dynamodb:GetItem"))),
            // the timeline is in the order record (ADR 0017): one GetItem, no execution history
            fn("GetOrderTimelineFunction", "GetOrderTimelineHandler", Map.of("OrdersTable", Set.of("dynamodb:GetItem"))),
            // the presigned URL is signed with the function's credentials, so it needs s3:GetObject
            fn("GetReceiptFunction", "GetReceiptHandler", Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem"),
                    RECEIPTS, Set.of("s3:GetObject"))),
            fn("ListInventoryFunction", "ListInventoryHandler", Map.of("InventoryTable", Set.of("dynamodb:Scan"))),
            fn("SearchOrdersFunction", "SearchOrdersHandler", Map.of(
                    "OrdersTable", Set.of("dynamodb:Scan"),
                    "OrdersTable/index/OrderNumberIndex", Set.of("dynamodb:Query"),
                    "OrdersTable/index/CustomerEmailIndex", Set.of("dynamodb:Query"),
                    "OrdersTable/index/CustomerPhoneIndex", Set.of("dynamodb:Query"),
                    "OrdersTable/index/StatusIndex", Set.of("dynamodb:Query"),
                    "OrdersTable/index/DayIndex", Set.of("dynamodb:Query"))),
            fn("CancelOrderFunction", "CancelOrderHandler", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "InventoryTable", Set.of("dynamodb:UpdateItem"),
                    // the workflow is EXPRESS, which cannot be stopped (ADR 0018): no states:StopExecution
                    "DailyTotalsTable", Set.of("dynamodb:UpdateItem")))),
            // RedriveOrder: Orders.find and the hold (GetItem), hold -> resume (conditional UpdateItem, with who
            // retried), then a new EXPRESS execution that resumes at the held step (StartExecution, ADR 0013/0018);
            // announcing: the retry it wrote goes to the desks (ADR 0074)
            fn("RedriveOrderFunction", "RedriveOrderHandler", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "OrderWorkflow", Set.of("states:StartExecution")))),
            // SESv2 SendEmail with raw content is authorised as ses:SendRawEmail; a paid order whose receipt
            // step gave up gets its receipt made on resend (PutObject, UpdateItem: found by the local IAM check)
            // announcing: the RECEIPT_READY/COMPLETED it may write goes to the desks like any other status;
            // session 33: an order the workflow left for follow-up is completed by the resend and counted in its day
            // (DailyTotals UpdateItem, as EmailReceipt's count)
            fn("ResendReceiptFunction", "ResendReceiptHandler", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    RECEIPTS, Set.of("s3:GetObject", "s3:PutObject"),
                    SES, Set.of("ses:SendEmail", "ses:SendRawEmail"),
                    "IdempotencyTable", Set.of("dynamodb:GetItem"),
                    "DailyTotalsTable", Set.of("dynamodb:UpdateItem")))),
            // the store settings item lives in the Idempotency table beside the order counter
            fn("GetStoreSettingsFunction", "GetStoreSettingsHandler", Map.of("IdempotencyTable", Set.of("dynamodb:GetItem"))),
            // h-x announcing: a save reaches every signed-in desk (SETTINGS_CHANGED on the settings push topic)
            // ADR 0087: a save on what was read (If-Match) that is refused reads who saved since
            fn("UpdateStoreSettingsFunction", "UpdateStoreSettingsHandler", announcing(Map.of("IdempotencyTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem")))),
            // h-x SaveProduct: find (GetItem), create (PutItem if the id is free), edit (UpdateItem on the version),
            // skuInUse (Scan); the settings item (categories, currency: GetItem); announcing: the saved product
            fn("SaveProductFunction", "SaveProductHandler", announcing(Map.of(
                    "InventoryTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Scan"),
                    "IdempotencyTable", Set.of("dynamodb:GetItem")))),
            // RefundOrder: Orders.find + refunds on the order's item (GetItem, UpdateItem), IdempotencyStore (PutItem, GetItem;
            // DeleteItem releases the key of a refund refused after its claim, when a concurrent refund took the units),
            // the gateway's refund (ledger GetItem, PutItem, UpdateItem), Restock (StockLedger.applyDelta/pending/settle:
            // UpdateItem, GetItem; movements find/record: GetItem, PutItem), CreditNotes (S3 put/get, SES, and the store
            // settings item for the note's language, money and time zone: StoreSettingsRepository.find, a GetItem of the
            // Idempotency table, already granted for the keys), RefundsOfTheDay (DailyTotals.recordRefund: UpdateItem, ADR 0070)
            // announcing: REFUNDED / PARTIALLY_REFUNDED and the restocked units reach the desks (LiveUpdatesEndToEndTest)
            fn("RefundOrderFunction", "RefundOrderHandler", announcing(Map.of(
                    "DailyTotalsTable", Set.of("dynamodb:UpdateItem"),
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "IdempotencyTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"),
                    "PaymentsLedgerTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"),
                    "InventoryTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "StockMovementsTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
                    CREDIT_NOTES, Set.of("s3:GetObject", "s3:PutObject"),
                    SES, Set.of("ses:SendEmail", "ses:SendRawEmail")))),
            // ADR 0071 RecordPaymentReceived: OrderRepository.recordPaymentReceived (one conditional UpdateItem), Orders.find
            // only when it is refused and RefundRepository.find for the answer (GetItem each); announcing: the order's
            // status, so the desks following it read the recorded payment
            fn("PaymentReceivedFunction", "PaymentReceivedHandler", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem")))),
            // ADR 0072 UndoPaymentReceived: OrderRepository.undoPaymentReceived (one conditional UpdateItem), Orders.find
            // only when it is refused and RefundRepository.find for the answer (GetItem each); announcing: the order's
            // status, so the desks following it read the undone payment
            fn("UndoPaymentReceivedFunction", "UndoPaymentReceivedHandler", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem")))),
            // ListRefunds: RefundRepository.find, and Orders.find only for an order without refunds (both GetItem)
            fn("ListRefundsFunction", "ListRefundsHandler", Map.of("OrdersTable", Set.of("dynamodb:GetItem"))),
            fn("GetCreditNoteFunction", "GetCreditNoteHandler", Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem"),
                    CREDIT_NOTES, Set.of("s3:GetObject"))),
            fn("GetInventoryItemFunction", "GetInventoryItemHandler", Map.of("InventoryTable", Set.of("dynamodb:GetItem"))),
            fn("AdjustStockFunction", "AdjustStockHandler", announcing(Map.of(
                    "InventoryTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "StockMovementsTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
                    "IdempotencyTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem")))),
            fn("ListStockMovementsFunction", "ListStockMovementsHandler", Map.of(
                    "InventoryTable", Set.of("dynamodb:GetItem"),
                    "StockMovementsTable", Set.of("dynamodb:Query"))),
            // h-x: the category column: the settings item (GetItem) and ProductCatalog.setCategory (UpdateItem)
            fn("ImportStockCountsFunction", "ImportStockCountsHandler", announcing(Map.of(
                    "InventoryTable", Set.of("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:UpdateItem"),
                    "StockMovementsTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
                    "IdempotencyTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem")))), // ADR 0084: the import's key
            // ValidateOrder reads the order and checks its products only for an execution started without the lines; it writes nothing
            fn("ValidateOrderFunction", "ValidateOrderTask", Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem"),
                    "InventoryTable", Set.of("dynamodb:BatchGetItem"))),
            // ADR 0088: SaveOrder writes nothing (ReserveStock's write records its step and the acceptance), so it pushes
            // nothing; it reads the order only for an execution started without the order's facts
            fn("SaveOrderFunction", "SaveOrderTask", Map.of("OrdersTable", Set.of("dynamodb:GetItem"))),
            // reserve = conditional UpdateItem; on a refused condition it reads the item (GetItem); undo = UpdateItem
            fn("ReserveStockFunction", "ReserveStockTask", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "InventoryTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem")))),
            // the simulated payment provider: conditional PutItem of the key record and the charge, GetItem to replay
            fn("ProcessPaymentFunction", "ProcessPaymentTask", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "PaymentsLedgerTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem")))),
            fn("UpdateInventoryFunction", "UpdateInventoryTask", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "InventoryTable", Set.of("dynamodb:UpdateItem"),
                    "StockMovementsTable", Set.of("dynamodb:PutItem")))),
            // issue 11: the order and the store settings item in one BatchGetItem; GetItem after a refused write
            fn("GenerateReceiptFunction", "GenerateReceiptTask", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:UpdateItem"),
                    RECEIPTS, Set.of("s3:PutObject"),
                    "IdempotencyTable", Set.of("dynamodb:BatchGetItem")))),
            fn("EmailReceiptFunction", "EmailReceiptTask", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "IdempotencyTable", Set.of("dynamodb:BatchGetItem"),
                    // the PDF it attaches, and the signer's right behind the receipt URL of its COMPLETED push (ADR 0053;
                    // the workflow's only step that writes COMPLETED; ResendReceipt may too, for an order left for follow-up)
                    RECEIPTS, Set.of("s3:GetObject"),
                    SES, Set.of("ses:SendEmail", "ses:SendRawEmail"),
                    "DailyTotalsTable", Set.of("dynamodb:UpdateItem")))),
            // a reversal: PutItem voids an unseen key, GetItem reads the key record and charge, UpdateItem refunds
            fn("ReleaseStockFunction", "ReleaseStockTask", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "InventoryTable", Set.of("dynamodb:UpdateItem"),
                    "PaymentsLedgerTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"),
                    "DailyTotalsTable", Set.of("dynamodb:UpdateItem")))),
            fn("MarkOrderFunction", "MarkOrderTask", announcing(Map.of(
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "PaymentsLedgerTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"),
                    "DailyTotalsTable", Set.of("dynamodb:UpdateItem")))),
            // issue 12: FinalStatuses in EmailReceipt/ReleaseStock/MarkOrder and CancelOrder count outcomes
            // (one DailyTotals UpdateItem of the order's own item); the customer routes and the dashboard below.
            fn("FindCustomersFunction", "FindCustomersHandler", Map.of(
                    "CustomersTable", Set.of("dynamodb:GetItem"),
                    "CustomersTable/index/PhoneIndex", Set.of("dynamodb:Query"))),
            fn("GetCustomerOrdersFunction", "GetCustomerOrdersHandler", Map.of(
                    "CustomersTable", Set.of("dynamodb:GetItem"),
                    "OrdersTable/index/CustomerEmailIndex", Set.of("dynamodb:Query"))),
            fn("ExportCustomersFunction", "ExportCustomersHandler", Map.of("CustomersTable", Set.of("dynamodb:Scan"))),
            fn("EraseCustomerFunction", "EraseCustomerHandler", Map.of(
                    "CustomersTable", Set.of("dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem"),
                    "OrdersTable/index/CustomerEmailIndex", Set.of("dynamodb:Query"),
                    "OrdersTable", Set.of("dynamodb:UpdateItem"))),
            // never a Scan: totals (a Query of each open day's partition; the closed days' summaries: BatchGetItem, and
            // PutItem of one summed again, ADR 0078), stock cover (GetItem, BatchGetItem), indexes
            fn("GetDashboardFunction", "GetDashboardHandler", Map.of(
                    "DailyTotalsTable", Set.of("dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:PutItem"),
                    "InventoryTable", Set.of("dynamodb:BatchGetItem", "dynamodb:GetItem"),
                    "OrdersTable/index/DayIndex", Set.of("dynamodb:Query"),
                    "OrdersTable/index/StatusIndex", Set.of("dynamodb:Query"),
                    "OrdersTable", Set.of("dynamodb:GetItem"))),
            fn("ListAttentionFunction", "ListAttentionHandler", Map.of(
                    "OrdersTable/index/StatusIndex", Set.of("dynamodb:Query"),
                    "OrdersTable", Set.of("dynamodb:GetItem"))),
            // ReconcileReservations: Inventory.holds (Scan), release/commit/dropFence (UpdateItem), Orders.find (GetItem);
            // StartStalledOrders: StalledOrders (Query StatusIndex), the start lease (UpdateItem), StartExecution;
            // ResumeInFlightOrders (ADR 0035): StalledOrders.inFlight (Query StatusIndex), RetryHolds find (GetItem) and
            // resumeInFlight (UpdateItem), Orders.find (GetItem), StartExecution — no grant beyond the above
            fn("ReconcileReservationsFunction", "ReconcileReservationsTask", announcing(Map.of(
                    "InventoryTable", Set.of("dynamodb:Scan", "dynamodb:UpdateItem"),
                    "OrdersTable", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                    "OrdersTable/index/StatusIndex", Set.of("dynamodb:Query"),
                    "OrderWorkflow", Set.of("states:StartExecution")))),
            // Live updates: the WebSocket routes and the notifier (entrypoint.push)
            // h-v: $connect also joins the user's topic (user#<sub>) on the subscriptions table
            fn("PushConnectFunction", "PushConnectHandler", Map.of("PushConnectionsTable", Set.of("dynamodb:PutItem"),
                    "PushSubscriptionsTable", Set.of("dynamodb:UpdateItem"))),
            // subscriptions (ADR 0033): close leaves the topics the deleted item listed; $default
            // subscribes (connection item, then topic items); a pushing function reads topics by key, never a Scan
            fn("PushDisconnectFunction", "PushDisconnectHandler", Map.of("PushConnectionsTable", Set.of("dynamodb:DeleteItem"),
                    "PushSubscriptionsTable", Set.of("dynamodb:UpdateItem"))),
            fn("PushDefaultFunction", "PushDefaultHandler", Map.of("PushConnectionsTable", Set.of("dynamodb:UpdateItem"),
                    "PushSubscriptionsTable", Set.of("dynamodb:UpdateItem")))));

    private final Template template = Template.load();

    @Test
    void everyFunctionIsGrantedExactlyWhatItsHandlerUses() {
        Map<String, JsonNode> functions = template.resourcesOfType("AWS::Serverless::Function");
        assertThat(functions.keySet()).as("every function has a row in the table, and every row a function").isEqualTo(USES.keySet());
        List<String> wrong = new ArrayList<>();
        functions.forEach((id, fn) -> {
            String handler = fn.path("Properties").path("Handler").asText();
            assertThat(handler).as(id).contains("." + HANDLERS.get(id) + "::handleRequest");
            Map<String, Set<String>> granted = granted(fn);
            if (!granted.equals(USES.get(id))) {
                wrong.add(id + ": template grants " + granted + " but the handler uses " + new TreeMap<>(USES.get(id)));
            }
        });
        System.out.printf("infra: least privilege: %d functions checked against the table of what their handlers call, %d differ%n",
                functions.size(), wrong.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void functionsNotBehindTheApiHaveAFailureDestinationWithAnAlarm() {
        List<String> checked = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, fn) -> {
            boolean apiOnly = webSocketRoutes().contains(id); // API Gateway calls a WebSocket route synchronously too
            boolean sqsOnly = fn.path("Properties").path("Events").size() > 0;
            for (JsonNode event : iterable(fn.path("Properties").path("Events"))) {
                apiOnly |= "Api".equals(event.path("Type").asText());
                sqsOnly &= "SQS".equals(event.path("Type").asText());
            }
            if (apiOnly) {
                return; // API Gateway invokes synchronously: the caller sees the error
            }
            if (sqsOnly) {
                // polled from a queue: a batch that keeps failing goes to the queue's dead-letter queue
                for (JsonNode event : iterable(fn.path("Properties").path("Events"))) {
                    String queue = referenced(event.path("Properties").path("Queue"));
                    String dlq = referenced(template.resource(queue).path("Properties").path("RedrivePolicy").path("deadLetterTargetArn"));
                    assertThat(template.resource(dlq).path("Type").asText()).as(id + " queue " + queue + " dead-letter queue").isEqualTo("AWS::SQS::Queue");
                    checked.add(id + "->" + dlq);
                }
                return;
            }
            JsonNode config = fn.path("Properties").path("EventInvokeConfig");
            assertThat(config.isObject()).as(id + " has an EventInvokeConfig").isTrue();
            assertThat(config.path("MaximumRetryAttempts").asInt(-1)).as(id).isBetween(0, 2);
            JsonNode onFailure = config.path("DestinationConfig").path("OnFailure");
            assertThat(onFailure.path("Type").asText()).as(id + " failure destination type").isIn("SQS", "SNS");
            String destination = referenced(onFailure.path("Destination"));
            assertThat(template.resource(destination).path("Type").asText()).as(id + " destination " + destination)
                    .isIn("AWS::SQS::Queue", "AWS::SNS::Topic");
            checked.add(id + "->" + destination);
        });
        assertThat(checked).as("the workflow's task functions").hasSizeGreaterThanOrEqualTo(9);
        Set<String> queues = new TreeSet<>();
        checked.forEach(c -> queues.add(c.substring(c.indexOf("->") + 2)));
        queues.forEach(this::assertQueueIsWatched);
        System.out.printf("infra: async Lambda paths: %d functions with an OnFailure destination (%s), each destination alarmed%n",
                checked.size(), queues);
    }

    @Test
    void everySubscriptionHasARedrivePolicyAndEveryAlarmNotifies() {
        Map<String, JsonNode> subscriptions = template.resourcesOfType("AWS::SNS::Subscription");
        subscriptions.forEach((id, sub) -> {
            String dlq = referenced(sub.path("Properties").path("RedrivePolicy").path("deadLetterTargetArn"));
            assertThat(template.resource(dlq).path("Type").asText()).as(id + " dead-letter queue").isEqualTo("AWS::SQS::Queue");
            assertQueueIsWatched(dlq);
        });
        template.resourcesOfType("AWS::SQS::Queue").forEach((id, queue) -> {
            JsonNode redrive = queue.path("Properties").path("RedrivePolicy");
            if (!redrive.isMissingNode()) {
                assertThat(template.resource(referenced(redrive.path("deadLetterTargetArn"))).path("Type").asText()).isEqualTo("AWS::SQS::Queue");
            }
        });
        Map<String, JsonNode> alarms = template.resourcesOfType("AWS::CloudWatch::Alarm");
        alarms.forEach((id, alarm) -> assertThat(alarm.path("Properties").path("AlarmActions").size()).as(id + " notifies someone").isPositive());
        System.out.printf("infra: %d SNS subscriptions (each with a DLQ), %d alarms (each with an action)%n", subscriptions.size(), alarms.size());
    }

    @Test
    void everyWorkflowFailureEndsInACompensationOrTheAlarmedFailedExecution() {
        JsonNode states = template.workflow.path("States");
        List<String> terminalFailures = new ArrayList<>();
        states.properties().forEach(e -> {
            JsonNode state = e.getValue();
            if (!"Task".equals(state.path("Type").asText())) {
                return;
            }
            boolean catchesAll = false;
            for (JsonNode c : state.path("Catch")) {
                for (JsonNode name : c.path("ErrorEquals")) {
                    catchesAll |= "States.ALL".equals(name.asText());
                }
            }
            assertThat(state.path("Retry").size()).as(e.getKey() + " retries").isPositive();
            if (!catchesAll) {
                terminalFailures.add(e.getKey());
            }
        });
        // A task without a catch-all fails the execution; that is only acceptable for the last-resort markers
        // (a held order ends at the Fail state OrderHeld, ADR 0013) — and only because the ExecutionsFailed alarm
        // notifies the alerts topic.
        assertThat(terminalFailures).isSubsetOf("MarkOrderFailed", "FlagFollowUp");
        boolean alarmed = false;
        for (JsonNode alarm : template.resourcesOfType("AWS::CloudWatch::Alarm").values()) {
            JsonNode p = alarm.path("Properties");
            alarmed |= "ExecutionsFailed".equals(p.path("MetricName").asText())
                    && p.path("AlarmActions").toString().contains("AlertsTopic");
        }
        assertThat(alarmed).as("a failed execution notifies AlertsTopic").isTrue();
        System.out.printf("infra: workflow: every Task retries; %s end a failed execution, which the ExecutionsFailed alarm reports%n", terminalFailures);
    }

    // ---------- helpers ----------

    /** Functions an {@code AWS::ApiGatewayV2::Integration} targets (WebSocket routes), by the logical id in its URI. */
    private Set<String> webSocketRoutes() {
        Set<String> targets = new TreeSet<>();
        template.resourcesOfType("AWS::ApiGatewayV2::Integration").values().forEach(integration -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("functions/\\$\\{([A-Za-z0-9]+)[.}]")
                    .matcher(integration.path("Properties").path("IntegrationUri").path("Fn::Sub").asText());
            if (m.find()) {
                targets.add(m.group(1));
            }
        });
        return targets;
    }

    private void assertQueueIsWatched(String queue) {
        boolean watched = false;
        for (JsonNode alarm : template.resourcesOfType("AWS::CloudWatch::Alarm").values()) {
            JsonNode p = alarm.path("Properties");
            if ("AWS/SQS".equals(p.path("Namespace").asText()) && p.path("Dimensions").toString().contains(queue)) {
                watched = p.path("AlarmActions").size() > 0;
            }
        }
        assertThat(watched).as(queue + " has an alarm with an action").isTrue();
    }

    private static Map<String, Set<String>> announcing(Map<String, Set<String>> uses) {
        Map<String, Set<String>> all = new TreeMap<>(uses);
        all.putAll(ANNOUNCES);
        return all;
    }

    private static Map.Entry<String, Map<String, Set<String>>> fn(String id, String handler, Map<String, Set<String>> uses) {
        HANDLERS.put(id, handler);
        return Map.entry(id, new TreeMap<>(uses));
    }

    private static Map<String, Set<String>> granted(JsonNode fn) {
        Map<String, Set<String>> granted = new TreeMap<>();
        for (JsonNode policy : fn.path("Properties").path("Policies")) {
            for (JsonNode statement : policy.path("Statement")) {
                for (JsonNode resource : statement.path("Resource")) {
                    Set<String> actions = granted.computeIfAbsent(resourceName(resource), k -> new TreeSet<>());
                    statement.path("Action").forEach(a -> actions.add(a.asText()));
                }
            }
        }
        return granted;
    }

    /** A readable name for a policy resource: the logical id, or a sub-path of one. */
    private static String resourceName(JsonNode resource) {
        if (resource.has("Fn::Sub")) {
            String text = resource.path("Fn::Sub").asText();
            if (text.contains(":ses:")) {
                return SES;
            }
            if (text.contains(":execute-api:") && text.contains("/@connections/")) {
                return CONNECTIONS;
            }
            if (text.contains(":execution:${OrderWorkflow.Name}:")) {
                return EXECUTIONS;
            }
            return text.replaceAll("\\$\\{([A-Za-z]+)\\.Arn}", "$1");
        }
        return referenced(resource);
    }

    private static String referenced(JsonNode node) {
        if (node.has("Ref")) {
            return node.path("Ref").asText();
        }
        if (node.has("Fn::GetAtt")) {
            return node.path("Fn::GetAtt").get(0).asText();
        }
        return node.asText();
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        node.forEach(values::add);
        return values;
    }
}
