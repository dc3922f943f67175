package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static app.orderdesk.backend.fakes.World.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.errors.IdempotencyConflictException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.domain.WorkflowStartLease;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.World;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceOrderTest {

    private final World world = new World();

    @Test
    void storesAPricedOrderAndStartsItsWorkflow() {
        var response = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2), line("p-tee", 1)));

        assertThat(response.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(response.orderNumber()).isEqualTo("OD-000001");
        Order order = world.orders.get(response.orderId());
        assertThat(order.total()).isEqualTo(Money.ofCents(2 * 1250 + 2000));
        assertThat(order.customer().email()).isEqualTo("ada@example.test");
        assertThat(order.customer().phone()).isEqualTo("+442079460000");
        assertThat(order.lines()).extracting(l -> l.sku()).containsExactly("MUG-BLU", "TEE-RED");
        assertThat(world.workflow.started).containsExactly(response.orderId());
    }

    @Test
    void answersTheSameOrderWhenTheSameRequestIsRepeated() {
        var first = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        var again = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));

        assertThat(again).isEqualTo(first);
        assertThat(world.orders.orders).hasSize(1);
    }

    @Test
    void treatsCosmeticDifferencesAsTheSameRequest() {
        var first = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        var spaced = new PlaceOrderRequest(List.of(line(" p-mug ", 2)),
                new CustomerDetails("ADA@example.test ", " Ada Lovelace", "+442079460000"), "tok_visa");
        assertThat(world.placeOrder.execute("key-1", spaced).orderId()).isEqualTo(first.orderId());
    }

    @Test
    void answersConflictWhenTheKeyIsReusedForADifferentOrder() {
        world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));

        assertThatThrownBy(() -> world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 3))))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(world.orders.orders).hasSize(1);
    }

    @Test
    void completesAnOrderWhoseFirstAttemptDiedAfterClaimingTheKey() {
        var first = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        world.orders.orders.clear();
        world.workflow.started.clear();

        var retry = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));

        assertThat(retry.orderId()).isEqualTo(first.orderId());
        assertThat(world.orders.get(first.orderId())).isNotNull();
        // It waited the grace for the first call's order (none came), then stored it itself.
        assertThat(world.placeOrderPauses.stream().reduce(java.time.Duration.ZERO, java.time.Duration::plus))
                .isGreaterThanOrEqualTo(PlaceOrder.CREATOR_GRACE);
        assertThat(world.workflow.started).containsExactly(first.orderId());
    }

    /**
     * Session 20: a desk's retries of one order arrived together at an API that had been frozen; each repeat that
     * found the key claimed but the order not yet written took a number of its own, which its losing write left unused
     * (OD-000004 and OD-000005 never existed). A repeat now waits for the first call's order.
     */
    @Test
    void aRepeatWhileTheFirstCallIsStillWritingWaitsForItsOrderAndTakesNoNumber() {
        var first = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        Order stored = world.orders.orders.remove(first.orderId()); // the first call has claimed the key, not yet written
        world.placeOrderPauses.clear();
        var placeOrder = world.placeOrder.pausingWith(pause -> {
            world.placeOrderPauses.add(pause);
            if (world.placeOrderPauses.size() == 2) {
                world.orders.orders.put(stored.orderId(), stored); // ... and writes it now
            }
        });

        var repeat = placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));

        assertThat(repeat).isEqualTo(first);
        assertThat(world.placeOrderPauses).hasSize(2);
        var next = world.placeOrder.execute("key-2", request("tok_visa", line("p-mug", 1)));
        assertThat(next.orderNumber()).as("the number after OD-000001, none left unused").isEqualTo("OD-000002");
    }

    @Test
    void aRepeatAfterTheLeaseRanOutStartsNothingOnceTheWorkflowAcceptedTheOrder() {
        var now = new app.orderdesk.backend.fakes.MovableClock(Fakes.NOW);
        PlaceOrder placeOrder = placeOrderAt(now);
        var first = placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        world.acceptAndReserve(first.orderId());

        now.set(WorkflowStartLease.until(Fakes.NOW).plusSeconds(1));
        placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));

        assertThat(world.workflow.started).containsExactly(first.orderId());
    }

    @Test
    void aRepeatWhileTheCreatorHoldsTheStartLeaseStartsNothing() {
        var first = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        for (int i = 0; i < 5; i++) {
            world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        }

        assertThat(world.workflow.started).containsExactly(first.orderId());
    }

    @Test
    void aRepeatAfterTheLeaseRanOutStartsTheWorkflowOnceMore() {
        var now = new app.orderdesk.backend.fakes.MovableClock(Fakes.NOW);
        PlaceOrder placeOrder = placeOrderAt(now);
        var first = placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));

        now.set(WorkflowStartLease.until(Fakes.NOW).plusSeconds(1));
        placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));
        placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));

        assertThat(world.workflow.started).as("the creator's start and one restart").containsExactly(first.orderId(), first.orderId());
    }

    @Test
    void aCreatorWhoseStartFailedGivesTheLeaseBackSoTheRetryStartsAtOnce() {
        world.workflow.nextStartFailure = new IllegalStateException("StartExecution failed");
        assertThatThrownBy(() -> world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2))))
                .hasMessageContaining("StartExecution failed");
        var retry = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2)));

        assertThat(world.workflow.started).containsExactly(retry.orderId());
    }

    private PlaceOrder placeOrderAt(Clock clock) {
        return new PlaceOrder(world.inventory, world.idempotency, new Fakes.Counter(), world.orders, world.workflow,
                Fakes.sequentialIds(), clock);
    }

    @Test
    void namesTheUnknownProduct() {
        assertThatThrownBy(() -> world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 1), line("p-nope", 1))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues())
                        .containsExactly(new FieldIssue("lines[1].productId", "unknown product")));
        assertThat(world.idempotency.records).isEmpty();
        assertThat(world.workflow.started).isEmpty();
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        var bad = new PlaceOrderRequest(List.of(line("p-mug", 0), line("", 1), line("p-mug", 1000)),
                new CustomerDetails("not-an-email", " ", "12"), " ");

        assertThatThrownBy(() -> world.placeOrder.execute(null, bad))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues())
                        .extracting(FieldIssue::field)
                        .containsExactlyInAnyOrder("Idempotency-Key", "lines[0].quantity", "lines[1].productId",
                                "lines[2].productId", "lines[2].quantity", "customer.email", "customer.name",
                                "customer.phone", "paymentToken"));
    }

    @Test
    void rejectsDuplicateProductLinesInsteadOfMergingThem() {
        assertThatThrownBy(() -> world.placeOrder.execute("k", request("tok_visa", line("p-mug", 1), line("p-mug", 2))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues().getFirst().field())
                        .isEqualTo("lines[1].productId"));
    }

    @Test
    void limitsLinesAndKeys() {
        List<OrderLineRequest> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(line("p" + i, 1));
        }
        var tooMany = new PlaceOrderRequest(many, new CustomerDetails("a@b.test", "A", null), "tok_visa");
        assertThatThrownBy(() -> world.placeOrder.execute("k", tooMany))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues()).extracting(FieldIssue::field).containsExactly("lines"));
        assertThatThrownBy(() -> world.placeOrder.execute("k".repeat(129), request("tok_visa", line("p-mug", 1))))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> world.placeOrder.execute("key with spaces", request("tok_visa", line("p-mug", 1))))
                .isInstanceOf(ValidationFailedException.class);
    }
}
