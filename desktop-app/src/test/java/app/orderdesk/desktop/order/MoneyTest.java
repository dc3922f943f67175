package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Amounts in the store's currency and locale, not the machine's and not always Locale.US. */
class MoneyTest {

    @AfterEach
    void backToTheDefaults() {
        Money.useStore("en-US", "USD");
    }

    @Test
    void formatsInTheStoresLocaleAndCurrency() {
        assertThat(Money.format(123456)).isEqualTo("$1,234.56");

        Money.useStore("de-DE", "EUR");
        assertThat(Money.format(123456).replace('\u00a0', ' ')).isEqualTo("1.234,56 €");

        Money.useStore("en-GB", "GBP");
        assertThat(Money.format(1250)).isEqualTo("£12.50");
    }

    @Test
    void anUnknownSettingKeepsTheFormatInUse() {
        Money.useStore("de-DE", "EUR");
        Money.useStore("not a tag!", "EUR");
        Money.useStore("de-DE", "XYZ1");
        assertThat(Money.format(1250).replace('\u00a0', ' ')).isEqualTo("12,50 €");
    }
}
