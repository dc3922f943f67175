package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static app.orderdesk.backend.fakes.World.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.port.AttentionQueue.AttentionOrder;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.InMemoryStalledOrders;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.StalledOrders;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeInFlightOrdersTest {

    private final World world = new World();
    private final app.orderdesk.backend.fakes.MovableClock clock = new app.orderdesk.backend.fakes.MovableClock(Fakes.NOW.plus(ResumeInFlightOrders.LEFT_AFTER).plusSeconds(1));
    private final ResumeInFlightOrders reconciler = new ResumeInFlightOrders(
            new InMemoryStalledOrders(world.orders, world.holds), world.holds, world.orders, world.workflow, clock);

    /** Placed, run to PAID by the steps, then the run stopped (its time limit, or a service failing under it). */
    private String paidThenStopped() {
        String id = world.placeOrder.execute("key-1", request("tok_visa", line("p-mug", 2))).orderId();
        world.saveOrder.execute(id);
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        assertThat(world.orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        return id;
    }

    @Test
    void resumesAnOrderLeftPaidAtTheNextStepOnce() {
        String id = paidThenStopped();

        ResumeInFlightOrders.Report first = reconciler.execute();
        ResumeInFlightOrders.Report second = reconciler.execute();

        assertThat(first.resumed()).containsExactly(id);
        assertThat(world.workflow.resumed).containsExactly(id + " UpdateInventory 1");
        assertThat(second.found()).as("the claim is its last write now").isZero();
        assertThat(world.orders.findTimeline(id).orElseThrow().steps()).extracting(WorkflowStep::name).last()
                .isEqualTo(ResumeInFlightOrders.AUDIT_STEP);
    }

    @Test
    void eachInFlightStatusResumesAtTheStepAfterIt() {
        assertThat(StalledOrders.IN_FLIGHT.stream().sorted().map(ResumeInFlightOrders::resumeStep).toList())
                .containsExactly("ReserveStock", "ProcessPayment", "UpdateInventory", "SendNotification", "EmailReceipt");
        assertThatThrownBy(() -> ResumeInFlightOrders.resumeStep(OrderStatus.COMPLETED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesOrdersWrittenRecentlyHeldNeverAcceptedOrFlaggedForAResend() {
        String paid = paidThenStopped();
        String neverAccepted = world.placeOrder.execute("key-2", request("tok_visa", line("p-mug", 1))).orderId();
        String held = world.placeOrder.execute("key-3", request("tok_visa", line("p-mug", 1))).orderId();
        world.holds.hold(held, "SaveOrder", "held", app.orderdesk.backend.domain.ReasonCode.of(app.orderdesk.backend.domain.ReasonCode.HELD_FOR_RETRY), List.of(), Fakes.NOW);
        clock.set(Fakes.NOW.plus(ResumeInFlightOrders.LEFT_AFTER)); // the paid order's last write exactly LEFT_AFTER ago

        assertThat(reconciler.execute().found()).as("not older than the bound").isZero();

        clock.set(clock.instant().plusSeconds(1));
        assertThat(reconciler.execute().resumed()).containsExactly(paid);
        assertThat(world.workflow.resumed).noneMatch(r -> r.startsWith(neverAccepted) || r.startsWith(held));
    }

    @Test
    void anOrderWhoseReceiptIsFlaggedIsLeftToSupport() {
        String id = paidThenStopped();
        world.commitStock.execute(id);
        world.markOrder.execute(id, null, null); // FlagFollowUp: no status, a follow-up note

        assertThat(reconciler.execute().resumed()).isEmpty();
    }

    @Test
    void afterThreeRetriesTheOrderIsLeftForPeopleAndReported() {
        String id = paidThenStopped();
        for (int retry = 1; retry <= 3; retry++) {
            assertThat(reconciler.execute().resumed()).containsExactly(id);
            clock.set(clock.instant().plus(ResumeInFlightOrders.LEFT_AFTER).plusSeconds(1));
        }

        ResumeInFlightOrders.Report fourth = reconciler.execute();

        assertThat(fourth.leftForPeople()).containsExactly(id);
        assertThat(fourth.resumed()).isEmpty();
        assertThat(world.workflow.resumed).containsExactly(id + " UpdateInventory 1", id + " UpdateInventory 2", id + " UpdateInventory 3");
        Order left = world.orders.find(id).orElseThrow();
        assertThat(left.status()).as("nothing else changes").isEqualTo(OrderStatus.PAID);
        assertThat(left.statusReasonCode()).isEqualTo(ReasonCode.of(ReasonCode.STOPPED_REPEATEDLY, "step", "UpdateInventory", "attempts", "3"));
        assertThat(world.orders.findTimeline(id).orElseThrow().steps()).last()
                .satisfies(step -> assertThat(step.name()).isEqualTo(ResumeInFlightOrders.LEFT_STEP))
                .satisfies(step -> assertThat(step.status()).isEqualTo(WorkflowStep.FAILED));

        clock.set(clock.instant().plus(ResumeInFlightOrders.LEFT_AFTER).plusSeconds(1));
        ResumeInFlightOrders.Report fifth = reconciler.execute();
        assertThat(fifth.found()).as("a person's now: out of the reconciler's reach").isZero();
        assertThat(fifth.leftForPeople()).isEmpty();
    }

    @Test
    void anOrderLeftForPeopleIsOnTheAttentionListAsStoppedBeforeItsNextStep() {
        String id = paidThenStopped();
        for (int run = 1; run <= 4; run++) {
            reconciler.execute();
            clock.set(clock.instant().plus(ResumeInFlightOrders.LEFT_AFTER).plusSeconds(1));
        }
        Order left = world.orders.find(id).orElseThrow();
        AttentionOrder queued = new AttentionOrder(id, left.orderNumber(), left.status(), left.statusReason(), left.total().cents(),
                left.total().currency(), left.createdAt(), left.statusReasonCode());

        List<AttentionItemView> items = new ListAttention((since, limit) -> List.of(queued), world.orders, clock).execute(10);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("STOPPED");
            assertThat(item.failedStep()).isEqualTo("UpdateInventory");
            assertThat(item.reasonCode()).isEqualTo(ReasonCode.STOPPED_REPEATEDLY);
            assertThat(item.reason()).contains("left for a person");
        });
    }

    @Test
    void aStartThatFailsIsReportedAndTriedAgainByALaterRun() {
        String id = paidThenStopped();
        world.workflow.nextResumeFailure = new IllegalStateException("Step Functions refused");

        assertThat(reconciler.execute().failed()).containsExactly(id);
        clock.set(clock.instant().plus(ResumeInFlightOrders.LEFT_AFTER).plusSeconds(1));
        assertThat(reconciler.execute().resumed()).containsExactly(id);
        assertThat(world.workflow.resumed).containsExactly(id + " UpdateInventory 2");
    }
}
