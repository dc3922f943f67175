package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.InMemoryInventory;
import app.orderdesk.backend.fakes.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueriesTest {

    private final World world = new World();

    @Test
    void showsAnOrderWithoutItsPaymentToken() {
        String id = world.place("tok_visa", line("p-mug", 2));
        var view = new GetOrder(world.orders).execute(id);
        assertThat(view.orderNumber()).isEqualTo("OD-000001");
        assertThat(view.lines().getFirst().lineTotalCents()).isEqualTo(2500);
        assertThat(view.receiptAvailable()).isFalse();
        assertThat(view.toString()).doesNotContain("tok_visa");
    }

    @Test
    void rejectsIdsThatAreNotUuidsAndReportsMissingOrders() {
        var getOrder = new GetOrder(world.orders);
        assertThatThrownBy(() -> getOrder.execute("../etc")).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> getOrder.execute("00000000-0000-4000-8000-999999999999"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
    }

    @Test
    void receiptLinkNeedsAReceipt() {
        String id = world.place("tok_visa", line("p-mug", 1));
        var links = new GetReceiptLink(world.orders, world.receipts, world.clock, Duration.ofSeconds(300));
        assertThatThrownBy(() -> links.execute(id))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("RECEIPT_NOT_READY"));

        world.validateOrder.execute(id);
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        var link = links.execute(id);
        assertThat(link.url()).contains("receipts/" + id + ".pdf");
        assertThat(link.expiresAt()).isEqualTo(Fakes.NOW.plusSeconds(300));
    }

    @Test
    void pagesAndFiltersInventory() {
        var inventory = new InMemoryInventory();
        for (int i = 0; i < 7; i++) {
            inventory.with(InMemoryInventory.product("p" + i, "SKU-" + i, i % 2 == 0 ? "Mug " + i : "Tee " + i, 100), i);
        }
        var list = new ListInventory(inventory);

        var first = list.execute(new ListInventory.Query("3", null, null, null));
        var second = list.execute(new ListInventory.Query("3", first.nextToken(), null, null));
        assertThat(first.items()).extracting(InventoryItemView::productId).containsExactly("p0", "p1", "p2");
        assertThat(second.items()).extracting(InventoryItemView::productId).containsExactly("p3", "p4", "p5");

        var mugs = list.execute(new ListInventory.Query(null, null, "MUG", null));
        assertThat(mugs.items()).extracting(InventoryItemView::name).containsExactly("Mug 0", "Mug 2", "Mug 4", "Mug 6");
        var low = list.execute(new ListInventory.Query(null, null, null, "true"));
        assertThat(low.items()).allMatch(InventoryItemView::lowStock).hasSize(6);
        assertThat(low.nextToken()).isNull();
    }

    @Test
    void rejectsBadListingParameters() {
        var list = new ListInventory(world.inventory);
        assertThatThrownBy(() -> list.execute(new ListInventory.Query("0", "%%%", null, "maybe")))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues())
                        .extracting(i -> i.field()).containsExactly("limit", "nextToken", "lowStock"));
    }

    @Test
    void aTimelineOfAnOrderWhoseWorkflowRecordedNothingYetIsRunningAndEmpty() {
        String id = world.place("tok_visa", line("p-mug", 1));
        var timeline = new GetTimeline(world.orders).execute(id);
        assertThat(timeline.executionStatus()).isEqualTo("RUNNING");
        assertThat(timeline.steps()).isEmpty();
        assertThatThrownBy(() -> new GetTimeline(world.orders).execute("00000000-0000-4000-8000-999999999999"))
                .isInstanceOf(NotFoundException.class);
    }
}
