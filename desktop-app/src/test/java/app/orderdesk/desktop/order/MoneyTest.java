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

    /**
     * Status audit, session 33: the API's amounts are minor units of the order's currency — the server writes a yen
     * receipt's 1250 as ¥1,250 — and the desk divided every currency by 100 (¥12.50 beside the receipt's ¥1,250).
     */
    @Test
    void aCurrencyWithoutCentsOrWithThreeDecimalsIsWrittenAsTheReceiptWritesIt() {
        Money.useStore("ja-JP", "JPY");
        assertThat(Money.format(1250)).endsWith("1,250").doesNotContain(".");
        assertThat(Money.fractionDigits()).isZero();

        Money.useStore("en-US", "KWD");
        assertThat(Money.format(1250)).endsWith("1.250");
        assertThat(Money.fractionDigits()).isEqualTo(3);

        Money.useStore("en-US", "USD");
        assertThat(Money.fractionDigits()).isEqualTo(2);
    }

    @Test
    void anUnknownSettingKeepsTheFormatInUse() {
        Money.useStore("de-DE", "EUR");
        Money.useStore("not a tag!", "EUR");
        Money.useStore("de-DE", "XYZ1");
        assertThat(Money.format(1250).replace('\u00a0', ' ')).isEqualTo("12,50 €");
    }

    /** Session 34: an order keeps the currency it was placed in after the store changes its own. */
    @Test
    void anOrdersAmountIsWrittenInTheOrdersCurrencyInTheStoresLocale() {
        Money.useStore("en-US", "EUR");
        assertThat(Money.format(1250, "USD")).isEqualTo("$12.50");
        assertThat(Money.format(1250, "JPY")).as("in the order's currency's own decimals").isEqualTo("¥1,250");
        assertThat(Money.format(1250, null)).as("none given: the store's").isEqualTo("€12.50");
        assertThat(Money.format(1250, "XYZ1")).as("unknown: the store's").isEqualTo("€12.50");
        assertThat(app.orderdesk.desktop.order.CustomerViewModel.describe(new app.orderdesk.api.OrderSummaryView(
                "o-1", "OD-1", app.orderdesk.api.OrderStatus.COMPLETED, "a@b.co", "A", 3500, "USD",
                java.time.Instant.parse("2026-11-28T10:00:00Z")))).contains(" · $35.00 · ");
    }
}
