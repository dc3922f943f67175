package app.orderdesk.localcloud.reliability;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.adapter.payment.StripeTestTokens;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderNumber;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.port.PaymentGateway.PaymentResult;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A charge that may land after ProcessPayment timed out: the compensation looks it up in the gateway's
 * ledger by the order id (the idempotency key) and refunds it, or voids the key so that a charge
 * arriving after the compensation is refused. The tasks run through their production handlers against
 * the local cloud's emulators; the ledger table is read directly. No FAILED order keeps a charge.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityLateChargeTest {

    private static final String TIMED_OUT = "{\"Error\":\"States.Timeout\",\"Cause\":\"ProcessPayment did not answer in time\"}";
    private static Reliability r;
    private static PaymentsLedger ledger;

    @BeforeAll
    static void start() {
        r = Reliability.get();
        ledger = new PaymentsLedger(r);
    }

    @Test
    void aChargeRecordedBeforeTheTimeoutIsRefundedByTheCompensation() throws Exception {
        String product = r.seedProduct("rel-late", "Late Charge Lamp", 2200, 5);
        String orderId = reservedOrder(product, 2);
        invoke("ProcessPaymentFunction", "{\"orderId\":\"" + orderId + "\"}"); // charged and PAID; its answer came too late

        invoke("ReleaseStockFunction", compensation(orderId));

        report("paid, then timed out", orderId, product, 5);
    }

    @Test
    void aChargeThatLandedWhileTheOrderWasNeverMarkedPaidIsRefunded() throws Exception {
        String product = r.seedProduct("rel-late", "Late Charge Rug", 3100, 5);
        String orderId = reservedOrder(product, 1);
        // The gateway took the money; ProcessPayment timed out before it could record the payment on the order.
        assertThat(ledger.gateway().charge(orderId, "tok_visa", Money.ofCents(3100))).isInstanceOf(PaymentResult.Approved.class);
        assertThat(attr(r.orderItem(orderId), "paymentId")).isNull();

        invoke("ReleaseStockFunction", compensation(orderId));

        report("charged at the gateway only, then timed out", orderId, product, 5);
    }

    @Test
    void aChargeArrivingAfterTheCompensationIsRefused() throws Exception {
        String product = r.seedProduct("rel-late", "Late Charge Vase", 1400, 5);
        String orderId = reservedOrder(product, 1);

        invoke("ReleaseStockFunction", compensation(orderId));
        // ProcessPayment's charge was still on its way (a frozen attempt) and arrives now.
        PaymentResult late = ledger.gateway().charge(orderId, "tok_visa", Money.ofCents(1400));
        String lateTask = invoke("ProcessPaymentFunction", "{\"orderId\":\"" + orderId + "\"}");

        assertThat(late).isEqualTo(new PaymentResult.Declined(StripeTestTokens.VOIDED, StripeTestTokens.declineCode(StripeTestTokens.VOIDED)));
        assertThat(lateTask).contains("errorType");
        assertThat(ledger.chargesOf(orderId)).as("charges in the ledger").isEmpty();
        report("compensated, then the charge arrived", orderId, product, 5);
    }

    @Test
    void anOrderMarkedFailedAfterPaymentKeepsNoCharge() throws Exception {
        String product = r.seedProduct("rel-late", "Late Charge Stool", 5000, 5);
        String orderId = reservedOrder(product, 1);
        invoke("ProcessPaymentFunction", "{\"orderId\":\"" + orderId + "\"}");

        // the last-resort marker (after a failed compensation or stock commit) refunds too
        invoke("MarkOrderFunction", "{\"orderId\":\"" + orderId + "\",\"status\":\"FAILED\",\"error\":" + TIMED_OUT + "}");

        assertThat(attr(r.orderItem(orderId), "status")).isEqualTo("FAILED");
        assertThat(ledger.keptCents(List.of(orderId))).isZero();
        assertThat(ledger.chargesKeptByUnsuccessfulOrders(List.of(orderId))).isEmpty();
        System.out.printf("reliability: late charge (marked FAILED after payment): charges %d, charged - refunded = %d cents%n",
                ledger.chargesOf(orderId).size(), ledger.keptCents(List.of(orderId)));
    }

    private static void report(String scenario, String orderId, String product, long initialStock) {
        var charges = ledger.chargesOf(orderId);
        long charged = charges.stream().mapToLong(PaymentsLedger.Charge::amountCents).sum();
        long refunded = charges.stream().mapToLong(PaymentsLedger.Charge::refundedCents).sum();
        String status = attr(r.orderItem(orderId), "status");
        System.out.printf("reliability: late charge (%s): order %s, charges in ledger %d, charged %d - refunded %d = %d cents,"
                        + " stock %d of %d, reservations %d%n",
                scenario, status, charges.size(), charged, refunded, charged - refunded, r.available(product), initialStock,
                r.reservations(product).size());
        assertThat(status).isEqualTo("FAILED");
        assertThat(charges.size()).as("never more than one charge").isLessThanOrEqualTo(1);
        assertThat(charged - refunded).as("charged - refunded for a FAILED order").isZero();
        assertThat(ledger.chargesKeptByUnsuccessfulOrders(List.of(orderId))).isEmpty();
        assertThat(r.available(product)).as("stock back").isEqualTo(initialStock);
        assertThat(r.reservations(product)).isEmpty();
    }

    private static String compensation(String orderId) {
        return "{\"orderId\":\"" + orderId + "\",\"outcome\":\"FAILED\",\"error\":" + TIMED_OUT + "}";
    }

    /** An order as PlaceOrder stores it, validated, saved and reserved by the production task handlers. */
    private static String reservedOrder(String productId, int quantity) throws Exception {
        String orderId = UUID.randomUUID().toString();
        var item = r.inventoryItem(productId);
        var product = new Product(productId, productId.toUpperCase(), attr(item, "name"),
                Money.ofCents(Long.parseLong(attr(item, "priceCents")), Money.USD), 0);
        Order order = Order.place(orderId, OrderNumber.format(800_000 + (long) (Math.random() * 99_999)),
                new Customer(Reliability.uniqueEmail("late"), "Late Charge Tester", "+15555550100"),
                List.of(OrderLine.of(product, quantity)), UUID.randomUUID().toString(), "tok_visa", Instant.now());
        assertThat(new DynamoDbOrderRepository(r.dynamoDb, r.cloud.tableName("OrdersTable")).create(order)).isTrue();
        String input = "{\"orderId\":\"" + orderId + "\"}";
        invoke("ValidateOrderFunction", input);
        invoke("SaveOrderFunction", input);
        invoke("ReserveStockFunction", input);
        assertThat(attr(r.orderItem(orderId), "status")).isEqualTo("RESERVED");
        return orderId;
    }

    /** Calls the function as the workflow would (from the deployment artifact); a function error answers its payload. */
    private static String invoke(String function, String input) {
        LambdaResponse response = r.cloud.invoke(function, input);
        if (response instanceof LambdaResponse.Success success) {
            return success.body();
        }
        if (response instanceof LambdaResponse.FunctionError error) {
            return error.errorPayload();
        }
        throw new AssertionError(function + " answered " + response);
    }
}
