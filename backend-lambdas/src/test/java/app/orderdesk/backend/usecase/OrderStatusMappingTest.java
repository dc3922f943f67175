package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.OrderStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrderStatusMappingTest {

    @Test
    void everyApiStatusIsTheImageOfExactlyOneDomainStatus() {
        var images = Arrays.stream(OrderStatus.values()).map(OrderStatusMapping::toApi).toList();

        assertThat(images).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(app.orderdesk.api.OrderStatus.values());
    }

    @Test
    void keepsTheNameAndWhetherTheOrderIsFinal() {
        for (OrderStatus status : OrderStatus.values()) {
            var api = OrderStatusMapping.toApi(status);
            assertThat(api.name()).as(status.name()).isEqualTo(status.name());
            assertThat(api.isFinal()).as(status.name()).isEqualTo(status.isFinal());
        }
    }
}
