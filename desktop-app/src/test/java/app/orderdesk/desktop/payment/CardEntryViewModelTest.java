package app.orderdesk.desktop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The card field's model: checks as people type, a token at once when complete, nothing of the card kept. */
class CardEntryViewModelTest {

    private final CardEntryViewModel card = new CardEntryViewModel(new SimulatedCardTokenizer(), new SameThreadExecutor(),
            () -> YearMonth.of(2026, 11));

    @Test
    void aCompleteTestCardBecomesItsTokenAtOnce() {
        card.typed("4242 4242 4242 4242", "", "");
        assertThat(card.tokenProperty().get()).isEmpty();
        assertThat(card.brandProperty().get()).isEqualTo(CardBrand.VISA);
        card.typed("4242 4242 4242 4242", "12/30", "12");
        assertThat(card.tokenProperty().get()).as("the security code is not complete").isEmpty();

        card.typed("4242 4242 4242 4242", "12/30", "123");

        assertThat(card.tokenProperty().get()).isEqualTo("tok_visa");
        assertThat(card.summaryProperty().get()).isEqualTo("Visa •••• 4242");
        assertThat(card.problemProperty().get()).isEmpty();
    }

    @Test
    void eachBrandsTestNumberMapsToTheGatewaysOutcome() {
        assertThat(tokenFor("5555555555554444", "123")).isEqualTo("tok_mastercard");
        assertThat(tokenFor("378282246310005", "1234")).isEqualTo("tok_amex");
        assertThat(tokenFor("4000000000000002", "123")).isEqualTo("tok_chargeDeclined");
        assertThat(tokenFor("4000000000009995", "123")).isEqualTo("tok_chargeDeclinedInsufficientFunds");
        assertThat(tokenFor("4000000000000119", "123")).isEqualTo("tok_processingError");
    }

    @Test
    void aWrongNumberAnExpiredCardAndANonTestCardAreSaidAndGetNoToken() {
        card.typed("4242 4242 4242 4241", "", "");
        assertThat(card.problemProperty().get()).contains("not valid");

        card.typed("4242 4242 4242 4242", "10/26", "123");
        assertThat(card.problemProperty().get()).contains("expired");
        assertThat(card.tokenProperty().get()).isEmpty();

        card.typed("4111 1111 1111 1111", "12/30", "123"); // Luhn-valid, but not a test number
        assertThat(card.problemProperty().get()).contains("public test numbers");
        assertThat(card.tokenProperty().get()).isEmpty();
    }

    @Test
    void typingAnotherCardDropsTheTokenAndClearForgetsIt() {
        assertThat(tokenFor("4242424242424242", "123")).isEqualTo("tok_visa");
        card.typed("", "", "");
        assertThat(card.tokenProperty().get()).as("the field empties itself after tokenising").isEqualTo("tok_visa");
        card.typed("5", "", "");
        assertThat(card.tokenProperty().get()).isEmpty();

        assertThat(tokenFor("4242424242424242", "123")).isEqualTo("tok_visa");
        card.clear();
        assertThat(card.tokenProperty().get()).isEmpty();
        assertThat(card.summaryProperty().get()).isEmpty();
    }

    private String tokenFor(String number, String cvc) {
        card.clear();
        card.typed(number, "12/30", cvc);
        return card.tokenProperty().get();
    }
}
