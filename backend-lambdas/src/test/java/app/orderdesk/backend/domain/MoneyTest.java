package app.orderdesk.backend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAndMultipliesInCents() {
        Money total = Money.ofCents(1250).times(3).plus(Money.ofCents(5));
        assertThat(total).isEqualTo(Money.ofCents(3755, "USD"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.ofCents(1).plus(Money.ofCents(1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOverflowInsteadOfWrappingAround() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formatsForReceipts() {
        assertThat(Money.ofCents(123456).format()).isEqualTo("$1234.56");
        assertThat(Money.ofCents(5).format()).isEqualTo("$0.05");
        assertThat(Money.ofCents(-250).format()).isEqualTo("-$2.50");
        assertThat(Money.ofCents(1999, "EUR").format()).isEqualTo("19.99 EUR");
        assertThat(Money.ofCents(500, "JPY").format()).isEqualTo("500 JPY");
    }
}
