package app.orderdesk.desktop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Card numbers as the card field checks them: Luhn, brand by prefix, expiry. */
class CardChecksTest {

    /** The brands' public test numbers (Stripe's list): each must pass Luhn and name its brand. */
    private static final Map<String, CardBrand> TEST_NUMBERS = Map.of(
            "4242424242424242", CardBrand.VISA,
            "4000056655665556", CardBrand.VISA,
            "5555555555554444", CardBrand.MASTERCARD,
            "2223003122003222", CardBrand.MASTERCARD,
            "5200828282828210", CardBrand.MASTERCARD,
            "378282246310005", CardBrand.AMERICAN_EXPRESS,
            "371449635398431", CardBrand.AMERICAN_EXPRESS,
            "6011111111111117", CardBrand.DISCOVER,
            "3566002020360505", CardBrand.JCB,
            "3056930009020004", CardBrand.DINERS_CLUB);

    @Test
    void theBrandsPublicTestNumbersPassLuhnAndNameTheirBrand() {
        TEST_NUMBERS.forEach((number, brand) -> {
            assertThat(CardNumbers.luhnValid(number)).as(number).isTrue();
            assertThat(CardBrand.of(number)).as(number).isEqualTo(brand);
            assertThat(CardNumbers.complete(number)).as(number).isTrue();
        });
    }

    @Test
    void oneWrongDigitOrTwoSwappedDigitsFailLuhn() {
        assertThat(CardNumbers.luhnValid("4242424242424241")).isFalse();
        assertThat(CardNumbers.luhnValid("4242424242424224")).isFalse(); // last two swapped
        assertThat(CardNumbers.luhnValid("5555555555554445")).isFalse();
        assertThat(CardNumbers.luhnValid("79927398713")).isTrue(); // the textbook example
        assertThat(CardNumbers.luhnValid("79927398710")).isFalse();
        assertThat(CardNumbers.luhnValid("")).isFalse();
        assertThat(CardNumbers.luhnValid("42x2")).isFalse();
    }

    @Test
    void aNumberIsCompleteOnlyAtALengthItsBrandIssues() {
        assertThat(CardNumbers.complete("378282246310005")).isTrue(); // Amex: 15
        assertThat(CardNumbers.complete("3782822463100050")).isFalse(); // 16 digits is no Amex
        assertThat(CardNumbers.complete("424242424242")).isFalse();
        assertThat(CardBrand.AMERICAN_EXPRESS.cvcLength()).isEqualTo(4);
        assertThat(CardBrand.VISA.cvcLength()).isEqualTo(3);
    }

    @Test
    void digitsAreReadThroughSpacesAndDashesAndOnlyTheLastFourAreShown() {
        assertThat(CardNumbers.digits("4242 4242-4242 4242")).isEqualTo("4242424242424242");
        assertThat(CardNumbers.lastFour("4242424242424242")).isEqualTo("4242");
        assertThat(CardBrand.of("")).isEqualTo(CardBrand.UNKNOWN);
        assertThat(CardBrand.of("9999")).isEqualTo(CardBrand.UNKNOWN);
    }

    @Test
    void expiryIsAMonthAndYearThatHasNotPassed() {
        assertThat(CardExpiry.parse("12/34")).contains(YearMonth.of(2034, 12));
        assertThat(CardExpiry.parse("0127")).contains(YearMonth.of(2027, 1));
        assertThat(CardExpiry.parse("13/30")).isEmpty();
        assertThat(CardExpiry.parse("00/30")).isEmpty();
        assertThat(CardExpiry.parse("1/30")).isEmpty();
        YearMonth now = YearMonth.of(2026, 11);
        assertThat(CardExpiry.notExpired(YearMonth.of(2026, 11), now)).as("good through its month").isTrue();
        assertThat(CardExpiry.notExpired(YearMonth.of(2026, 10), now)).isFalse();
    }
}
