package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.fakes.InMemoryPushConnections;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.PushChannel;
import app.orderdesk.backend.port.PushConnections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0052: the function that writes a change pushes it itself. A step's stock changes wait for its order change
 * and leave with it after one read of the subscribers (ADR 0040's grouping, now without a queue); an order's
 * change does not wait for the step's later work; nothing announced is dropped, also when the step throws; a
 * failed push never fails the step.
 */
class PushedChangeEventsTest {

    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    private final InMemoryPushConnections connections = new InMemoryPushConnections();
    private final List<String> sent = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final PushChannel channel = (id, message) -> sent.add(id + " " + message.type() + " "
            + (message.orderId() != null ? message.orderId() + " " + message.status() : message.productId()));
    private final PushChanges push = new PushChanges(connections, channel);
    // two adapters, as a function's order repository and inventory each hold one
    private final PushedChangeEvents orders = new PushedChangeEvents(() -> push, this::failed);
    private final PushedChangeEvents stock = new PushedChangeEvents(() -> push, this::failed);

    @BeforeEach
    void aDeskFollowsItsOrdersAndTheStock() {
        connections.open(new PushConnections.Connection("till", "ada", "ada@example.test", List.of("staff"), AT, AT.plusSeconds(7200)),
                Set.of("user#ada", "stock"), AT);
    }

    @Test
    void aStepsStockAndOrderChangesArePushedInOrderAfterOneSubscriberRead() {
        String result = PushedChangeEvents.together(() -> {
            stock.stockChanged("p-7", AT);
            assertThat(sent).as("the stock change waits for the step's order change").isEmpty();
            orders.orderChanged(reserved("o-1"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(sent).containsExactly("till STOCK p-7", "till ORDER_STATUS o-1 RESERVED");
        assertThat(connections.subscriberReads).as("one read for the step's changes").isEqualTo(1);
    }

    @Test
    void anOrdersChangeLeavesAtOnceAndWhatComesLaterLeavesWhenTheStepEnds() {
        List<String> beforeTheStepEnded = new ArrayList<>();

        PushedChangeEvents.together(() -> {
            orders.orderChanged(reserved("o-2"));
            beforeTheStepEnded.addAll(sent);
            stock.stockChanged("p-10", AT);
            return null;
        });

        assertThat(beforeTheStepEnded).containsExactly("till ORDER_STATUS o-2 RESERVED");
        assertThat(sent).containsExactly("till ORDER_STATUS o-2 RESERVED", "till STOCK p-10");
    }

    @Test
    void whatAStepAnnouncedIsPushedAlsoWhenItThrows() {
        assertThatCode(() -> PushedChangeEvents.together(() -> {
            stock.stockChanged("p-11", AT);
            throw new IllegalStateException("the step failed after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sent).containsExactly("till STOCK p-11");
    }

    @Test
    void aChangeOutsideAStepIsPushedAtOnce() {
        stock.stockChanged("p-12", AT);

        assertThat(sent).containsExactly("till STOCK p-12");
    }

    @Test
    void aFailedPushIsSwallowedBecauseTheChangeIsAlreadyWritten() {
        PushedChangeEvents broken = new PushedChangeEvents(() -> {
            throw new IllegalStateException("PUSH_SUBSCRIPTIONS_TABLE is not set");
        }, this::failed);
        PushedChangeEvents failingChannel = new PushedChangeEvents(() -> new PushChanges(connections, (id, message) -> {
            throw new RuntimeException("connection reset");
        }), this::failed);

        assertThatCode(() -> broken.stockChanged("p-1", AT)).doesNotThrowAnyException();
        assertThatCode(() -> PushedChangeEvents.together(() -> {
            failingChannel.orderChanged(reserved("o-3"));
            return null;
        })).doesNotThrowAnyException();
        assertThat(failures).containsExactly("PUSH_SUBSCRIPTIONS_TABLE is not set", "connection reset");
    }

    private void failed(List<PushChanges.Change> changes, Throwable e) {
        failures.add(e.getMessage());
    }

    private static OrderChange reserved(String orderId) {
        return new OrderChange(orderId, "ada", OrderStatus.RESERVED, null, AT,
                List.of(WorkflowStep.succeeded("ReserveStock", 1, AT.minusMillis(30), AT)), false);
    }
}
