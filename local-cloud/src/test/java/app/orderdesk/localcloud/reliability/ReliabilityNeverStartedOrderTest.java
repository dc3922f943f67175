package app.orderdesk.localcloud.reliability;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * An order stored by PlaceOrder whose creator died before starting the workflow, and whose caller never
 * retried (ADR 0018): the scheduled reconciler finds it on StatusIndex, takes the start lease and starts it,
 * through the deployed function with its own IAM policy, and the order completes once.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityNeverStartedOrderTest {

    private static final Duration WORKFLOW_BUDGET = Duration.ofSeconds(315);

    @Test
    void theReconcilerStartsAnOrderThatWasStoredButNeverStarted() throws Exception {
        Reliability r = Reliability.get();
        String productId = r.seedProduct("rel-stall", "Stalled Lamp", 1999, 10);
        String email = Reliability.uniqueEmail("stalled");
        String orderId = UUID.randomUUID().toString();
        Product lamp = new Product(productId, productId.toUpperCase(), "Stalled Lamp", Money.ofCents(1999, Money.USD), 10);
        // Placed five minutes ago: well past the creator's start lease and the reconciler's two-lease bound.
        Order stored = Order.place(orderId, "OD-S" + orderId.substring(0, 6), new Customer(email, "Stalled Customer", null),
                List.of(OrderLine.of(lamp, 2)), "key-" + orderId, "tok_visa", Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(new DynamoDbOrderRepository(r.dynamoDb, r.cloud.tableName("OrdersTable")).create(stored)).isTrue();

        JsonNode first = Reliability.JSON.readTree(r.cloud.reconcileReservations());
        assertThat(ids(first.path("stalledOrders").path("started"))).as(first.toString()).contains(orderId);
        assertThat(r.awaitExecutions(List.of(orderId), WORKFLOW_BUDGET)).containsKey(orderId);
        JsonNode second = Reliability.JSON.readTree(r.cloud.reconcileReservations());

        System.out.printf("reliability: never-started order: first reconcile found %d and started %s; second started %s;"
                        + " order %s, stock %d of 10, %d email(s)%n", first.path("stalledOrders").path("found").asInt(),
                ids(first.path("stalledOrders").path("started")).contains(orderId) ? "it" : "not it",
                ids(second.path("stalledOrders").path("started")).contains(orderId) ? "it again" : "nothing of it",
                attr(r.orderItem(orderId), "status"), r.available(productId), r.mailsTo(email).size());
        assertThat(ids(second.path("stalledOrders").path("started"))).doesNotContain(orderId);
        assertThat(attr(r.orderItem(orderId), "status")).isEqualTo("COMPLETED");
        assertThat(r.available(productId)).isEqualTo(8);
        assertThat(r.mailsTo(email)).hasSize(1);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
