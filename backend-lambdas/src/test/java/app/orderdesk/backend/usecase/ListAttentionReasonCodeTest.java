package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.AttentionQueue.AttentionOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The attention list carries each reason's code beside its text, so a desk words it in its language (ADR 0039). */
class ListAttentionReasonCodeTest {

    private final World world = new World();

    @Test
    void aFailedOrdersReasonComesWithItsCodeAndAMissingReasonWithOneToo() {
        var failed = new AttentionOrder("o-1", "OD-1", OrderStatus.FAILED, "Out of stock: MUG-BLU", 1250, "USD", world.clock.instant(),
                ReasonCode.of(ReasonCode.OUT_OF_STOCK, "sku", "MUG-BLU"));
        var noReason = new AttentionOrder("o-2", "OD-2", OrderStatus.FAILED, null, 900, "USD", world.clock.instant().minusSeconds(1));
        ListAttention attention = new ListAttention((since, limit) -> List.of(failed, noReason), world.orders, world.clock);

        List<AttentionItemView> items = attention.execute(10);

        assertThat(items).extracting(AttentionItemView::reasonCode).containsExactly("OUT_OF_STOCK", "ORDER_NOT_COMPLETED");
        assertThat(items.getFirst().reasonParams()).isEqualTo(Map.of("sku", "MUG-BLU"));
        assertThat(items.getFirst().reason()).as("the English text stays").isEqualTo("Out of stock: MUG-BLU");
    }
}
