package app.orderdesk.backend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockAndOrderTest {

    private final Product mug = new Product("p-mug", "MUG-BLU", "Blue Mug", Money.ofCents(1250), 5);

    @Test
    void neverReservesMoreThanIsAvailable() {
        StockLevel level = new StockLevel(mug, 2, Map.of());
        assertThat(level.canReserve(2)).isTrue();
        assertThat(level.canReserve(3)).isFalse();
        assertThat(level.canReserve(0)).isFalse();
    }

    @Test
    void countsReservationsAndLowStock() {
        StockLevel level = new StockLevel(mug, 5, Map.of("o1", 2L, "o2", 3L));
        assertThat(level.reserved()).isEqualTo(5);
        assertThat(level.isLowStock()).isTrue();
        assertThat(new StockLevel(mug, 6, Map.of()).isLowStock()).isFalse();
        assertThat(level.isReservedBy("o1")).isTrue();
    }

    @Test
    void orderTotalIsTheSumOfItsLines() {
        Product tee = new Product("p-tee", "TEE-RED", "Red T-Shirt", Money.ofCents(2000), 1);
        Order order = Order.place("id", "OD-000001", new Customer("a@b.test", "A", null),
                List.of(OrderLine.of(mug, 3), OrderLine.of(tee, 1)), "key", "tok_visa", Instant.EPOCH);
        assertThat(order.total()).isEqualTo(Money.ofCents(5750));
        assertThat(order.status()).isEqualTo(OrderStatus.RECEIVED);
    }

    @Test
    void lineQuantityIsBounded() {
        assertThatThrownBy(() -> OrderLine.of(mug, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderLine.of(mug, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(OrderLine.of(mug, 999).lineTotal()).isEqualTo(Money.ofCents(1_248_750));
    }

    @Test
    void formatsOrderNumbers() {
        assertThat(OrderNumber.format(42)).isEqualTo("OD-000042");
        assertThat(OrderNumber.format(1_234_567)).isEqualTo("OD-1234567");
    }
}
