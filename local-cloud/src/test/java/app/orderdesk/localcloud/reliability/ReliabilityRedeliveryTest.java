package app.orderdesk.localcloud.reliability;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderNumber;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.port.PaymentGateway;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step Functions may deliver a task twice (a retry after a timeout whose first attempt did finish).
 * Each task is invoked twice with the same input, through the local cloud's Lambda invoker (the
 * deployment artifact, the function's own environment and IAM policy): the second call must change nothing.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityRedeliveryTest {

    private static Reliability r;
    private final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void start() {
        r = Reliability.get();
    }

    @Test
    void everyStepOfAPaidOrderIsIdempotent() throws Exception {
        String productId = r.seedProduct("rel-redeliver", "Twice Delivered Teapot", 2500, 10);
        String email = Reliability.uniqueEmail("redeliver");
        String orderId = createOrder(productId, email, "tok_visa", 3);
        String input = "{\"orderId\":\"" + orderId + "\"}";

        twice("ValidateOrder", "ValidateOrderFunction", input, productId, orderId, email);
        twice("SaveOrder", "SaveOrderFunction", input, productId, orderId, email);
        State reserved = twice("ReserveStock", "ReserveStockFunction", input, productId, orderId, email);
        assertThat(reserved.available).isEqualTo(7);
        assertThat(reserved.reservations).containsOnlyKeys(orderId);
        State paid = twice("ProcessPayment", "ProcessPaymentFunction", input, productId, orderId, email);
        assertThat(paid.paymentId).startsWith("pay_");
        assertThat(paid.charges).as("charges in the payments ledger").isEqualTo(1);
        State committed = twice("UpdateInventory", "UpdateInventoryFunction", input, productId, orderId, email);
        assertThat(committed.movements).isEqualTo(1);
        assertThat(committed.reservations).isEmpty();
        assertThat(committed.available).isEqualTo(7);
        State receipt = twice("GenerateReceipt", "GenerateReceiptFunction", input, productId, orderId, email);
        assertThat(receipt.receipts).as("receipt writes in S3").isEqualTo(1);
        State emailed = twice("EmailReceipt", "EmailReceiptFunction", input, productId, orderId, email);
        assertThat(emailed.mails).isEqualTo(1);
        assertThat(emailed.order.get("status").s()).isEqualTo("COMPLETED");

        System.out.println("reliability: workflow re-delivery: 7 tasks x 2 calls on one order, second calls changed nothing: "
                + String.join("; ", figures));
    }

    @Test
    void releaseAndMarkAreIdempotentToo() throws Exception {
        String productId = r.seedProduct("rel-redeliver", "Twice Released Tray", 900, 5);
        String email = Reliability.uniqueEmail("redeliver-release");
        String orderId = reservedOrder(productId, email, "tok_chargeDeclined", 2);
        assertThat(r.available(productId)).isEqualTo(3);

        String release = "{\"orderId\":\"" + orderId + "\",\"outcome\":\"PAYMENT_DECLINED\",\"error\":{\"Error\":\"app.orderdesk.backend.errors.PaymentDeclinedException\",\"Cause\":\"{\\\"errorMessage\\\":\\\"Payment declined by the card issuer\\\"}\"}}";
        State released = twice("ReleaseStock", "ReleaseStockFunction", release, productId, orderId, email);
        assertThat(released.available).isEqualTo(5);
        assertThat(released.reservations).isEmpty();
        assertThat(released.order.get("status").s()).isEqualTo("PAYMENT_DECLINED");

        String mark = "{\"orderId\":\"" + orderId + "\",\"status\":\"FAILED\",\"error\":{\"Error\":\"States.Timeout\",\"Cause\":\"late\"}}";
        State marked = twice("MarkOrder", "MarkOrderFunction", mark, productId, orderId, email);
        assertThat(marked.order.get("status").s()).as("a final order is never moved").isEqualTo("PAYMENT_DECLINED");
        System.out.println("reliability: compensation re-delivery: " + String.join("; ", figures));
    }

    @Test
    void aRetryAfterAChargeLandedIsTheSameCharge() throws Exception {
        String productId = r.seedProduct("rel-redeliver", "Charged Once Jug", 1800, 4);
        String email = Reliability.uniqueEmail("redeliver-charge");
        String orderId = reservedOrder(productId, email, "tok_visa", 1);
        String input = "{\"orderId\":\"" + orderId + "\"}";
        // The first attempt's charge reached the gateway; the attempt timed out before it recorded the payment.
        var landed = (PaymentGateway.PaymentResult.Approved) new PaymentsLedger(r).gateway().charge(orderId, "tok_visa", Money.ofCents(1800));

        State retried = twice("ProcessPayment (after a charge landed)", "ProcessPaymentFunction", input, productId, orderId, email);

        assertThat(retried.charges).as("charges in the payments ledger").isEqualTo(1);
        assertThat(retried.paymentId).isEqualTo(landed.paymentId());
        assertThat(retried.keptCents).isEqualTo(1800);
        System.out.println("reliability: payment retry after a landed charge: " + String.join("; ", figures));
    }

    // ---------- helpers ----------

    /** An order taken through ValidateOrder, SaveOrder and ReserveStock, as the workflow would. */
    private static String reservedOrder(String productId, String email, String token, int quantity) throws Exception {
        String orderId = createOrder(productId, email, token, quantity);
        String input = "{\"orderId\":\"" + orderId + "\"}";
        invoke("ValidateOrderFunction", input);
        invoke("SaveOrderFunction", input);
        invoke("ReserveStockFunction", input);
        return orderId;
    }

    /** {@code charges}/{@code keptCents}: from the gateway's ledger; {@code receipts}: object writes in the S3 write log. */
    private record State(long available, Map<String, AttributeValue> reservations, Map<String, AttributeValue> order,
                         String paymentId, int charges, long keptCents, int movements, int receipts, int mails) {}

    private State twice(String step, String task, String input, String productId, String orderId, String email) throws Exception {
        String first = invoke(task, input);
        State afterFirst = state(productId, orderId, email);
        String second = invoke(task, input);
        State afterSecond = state(productId, orderId, email);
        assertThat(afterSecond).as(step + ": the second delivery changed something").isEqualTo(afterFirst);
        assertThat(second).as(step + ": the second delivery answered differently").isEqualTo(first);
        figures.add(step + " -> " + afterFirst.order.get("status").s() + " (stock " + afterFirst.available + ", reservations "
                + afterFirst.reservations.size() + ", charges in ledger " + afterFirst.charges + ", movements "
                + afterFirst.movements + ", receipt writes " + afterFirst.receipts + ", emails " + afterFirst.mails + ")");
        return afterSecond;
    }

    private State state(String productId, String orderId, String email) {
        Map<String, AttributeValue> order = new LinkedHashMap<>(r.orderItem(orderId));
        List<PaymentsLedger.Charge> charges = new PaymentsLedger(r).chargesOf(orderId);
        return new State(r.available(productId), r.reservations(productId), order, attr(order, "paymentId"),
                charges.size(), charges.stream().mapToLong(PaymentsLedger.Charge::keptCents).sum(),
                r.movements(productId), new Stores(r).s3WritesUnder("receipts/" + orderId), r.mailsTo(email).size());
    }

    private static String invoke(String function, String input) {
        LambdaResponse response = r.cloud.invoke(function, input);
        assertThat(response).as(function + " answered " + response).isInstanceOf(LambdaResponse.Success.class);
        return ((LambdaResponse.Success) response).body();
    }

    /** An order as PlaceOrder stores it, but with no workflow started: the test is the workflow. */
    private static String createOrder(String productId, String email, String token, int quantity) {
        String orderId = UUID.randomUUID().toString();
        var product = new Product(productId, productId.toUpperCase(), attr(r.inventoryItem(productId), "name"),
                Money.ofCents(Long.parseLong(attr(r.inventoryItem(productId), "priceCents")), Money.USD), 0);
        Order order = Order.place(orderId, OrderNumber.format(900_000 + (long) (Math.random() * 99_999)),
                new Customer(email, "Redelivery Tester", "+15555550100"), List.of(OrderLine.of(product, quantity)),
                UUID.randomUUID().toString(), token, Instant.now());
        assertThat(new DynamoDbOrderRepository(r.dynamoDb, r.cloud.tableName("OrdersTable")).create(order)).isTrue();
        return orderId;
    }
}
