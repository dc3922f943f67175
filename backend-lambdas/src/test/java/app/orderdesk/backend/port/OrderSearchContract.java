package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.port.OrderSearch.Criteria;
import app.orderdesk.backend.port.OrderSearch.OrderSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderSearch} finds, the in-memory fake and the DynamoDB adapter alike, over the orders its
 * {@link OrderRepository} wrote. The store may hold other tests' orders: each test places its orders in a minute of
 * its own far in the future (the search without a key) or under an email of its own (the search by a key).
 */
public abstract class OrderSearchContract {

    protected abstract OrderRepository orders();

    protected abstract OrderSearch search();

    private final Instant minute = Instant.parse("2091-01-01T00:00:00Z")
            .plusSeconds(60L * ThreadLocalRandom.current().nextInt(500_000));
    private final String email = "ada+" + UUID.randomUUID() + "@example.test";
    private int placed;

    /** An order of this test's customer, placed a millisecond after the one before, created straight in {@code status}. */
    private Order stored(String token, OrderStatus status) {
        String id = UUID.randomUUID().toString();
        Instant at = minute.plusMillis(++placed);
        Order order = new Order(id, "OD-" + id.substring(0, 6), new Customer(email, "Ada Lovelace", null),
                List.of(OrderLine.of(new Product("p-contract-mug", "MUG-C", "Contract Mug", Money.ofCents(1250), 3), 2)),
                Money.ofCents(2500), status, null, "key-" + id, token, null, "receipts/" + id + ".pdf", null, at, at, at, 5);
        assertThat(orders().create(order)).isTrue();
        return order;
    }

    private List<String> outstandingInTheMinute() {
        return ids(new Criteria(null, null, null, null, minute, minute.plusSeconds(60), 100, null, null, true));
    }

    private List<String> ids(Criteria criteria) {
        return search().search(criteria).items().stream().map(OrderSummary::orderId).toList();
    }

    private static PaymentReceipt cash(Instant at) {
        return new PaymentReceipt(PaymentReceipt.Method.CASH, null, "sam@orderdesk.test", at);
    }

    // ---------- ADR 0073: the payments still outstanding ----------

    @Test
    void theOutstandingPaymentsAreTheCollectableOrdersPaidOnDeliveryWithNoPaymentRecorded() {
        Order completed = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        Order partlyRefunded = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.PARTIALLY_REFUNDED);
        Order paid = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        orders().recordPaymentReceived(paid.orderId(), cash(minute.plusSeconds(1))).orElseThrow();
        Order card = stored("tok_visa", OrderStatus.COMPLETED);
        Order running = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.RECEIPT_READY);
        Order cancelled = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.CANCELLED);
        Order refunded = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.REFUNDED);

        assertThat(outstandingInTheMinute()).as("newest first").containsExactly(partlyRefunded.orderId(), completed.orderId());
        assertThat(ids(new Criteria(null, null, null, null, minute, minute.plusSeconds(60), 100, null)))
                .as("without the filter, all of them").containsExactlyInAnyOrder(completed.orderId(), partlyRefunded.orderId(),
                        paid.orderId(), card.orderId(), running.orderId(), cancelled.orderId(), refunded.orderId());
    }

    @Test
    void anUndonePaymentIsOutstandingAgain() {
        Order order = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        orders().recordPaymentReceived(order.orderId(), cash(minute.plusSeconds(1))).orElseThrow();
        assertThat(outstandingInTheMinute()).as("recorded").isEmpty();

        orders().undoPaymentReceived(order.orderId(), "mia@orderdesk.test", minute.plusSeconds(2), "wrong order").orElseThrow();

        assertThat(outstandingInTheMinute()).as("undone").containsExactly(order.orderId());
    }

    @Test
    void withAKeyTheOutstandingPaymentsFilterThatSearch() {
        Order outstanding = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        Order later = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.PARTIALLY_REFUNDED);
        stored("tok_visa", OrderStatus.COMPLETED);
        Order paid = stored(Order.PAY_ON_DELIVERY_TOKEN, OrderStatus.COMPLETED);
        orders().recordPaymentReceived(paid.orderId(), cash(minute.plusSeconds(1))).orElseThrow();

        assertThat(ids(new Criteria(null, email, null, null, null, null, 100, null, null, true)))
                .as("by email, newest first").containsExactly(later.orderId(), outstanding.orderId());
        assertThat(ids(new Criteria(null, email, null, OrderStatus.COMPLETED, null, null, 100, null, null, true)))
                .as("by email and status").containsExactly(outstanding.orderId());
        assertThat(ids(new Criteria(null, email, null, null, null, null, 1, null, null, true)))
                .as("a page of one is full although a newer paid order and a card order come first").containsExactly(later.orderId());
    }
}
