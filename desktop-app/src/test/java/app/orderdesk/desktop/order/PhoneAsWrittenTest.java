package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A phone number typed the way people write it goes to the API in the form it takes ("+", digits, spaces), with the
 * same digits (walked by hand, session 10, h10-d: "+49 (30) 123-4567" was refused by the server after sending).
 */
class PhoneAsWrittenTest {

    /** The API's rule (backend ContactRules): an optional +, then 6 to 20 digits and spaces. */
    private static boolean apiTakes(String phone) {
        return phone.matches("\\+?[0-9 ]{6,20}") && phone.chars().filter(Character::isDigit).count() >= 6;
    }

    @Test
    void bracketsDashesDotsAndSlashesBecomeSpaces() {
        assertThat(CustomerViewModel.asTheApiTakesIt("+49 (30) 123-4567")).isEqualTo("+49 30 123 4567");
        assertThat(CustomerViewModel.asTheApiTakesIt("(555) 010-0199")).isEqualTo("555 010 0199");
        assertThat(CustomerViewModel.asTheApiTakesIt("030/123.45.67")).isEqualTo("030 123 45 67");
        assertThat(CustomerViewModel.asTheApiTakesIt("  030 1234567 ")).isEqualTo("030 1234567");
        for (String written : new String[] {"+49 (30) 123-4567", "(555) 010-0199", "030/123.45.67", "+1-555-010-0199"}) {
            assertThat(apiTakes(CustomerViewModel.asTheApiTakesIt(written))).as(written).isTrue();
        }
    }

    @Test
    void theTrunkZeroInBracketsGoesAfterACountryCodeOnly() {
        assertThat(CustomerViewModel.asTheApiTakesIt("+49 (0)30 123 4567")).isEqualTo("+49 30 123 4567");
        assertThat(CustomerViewModel.asTheApiTakesIt("(0)30 123 4567")).isEqualTo("0 30 123 4567");
    }

    @Test
    void lettersStayForTheServerToName() {
        assertThat(CustomerViewModel.asTheApiTakesIt("call me")).isEqualTo("call me");
    }

    @Test
    void theDraftSendsTheNumberInTheApisForm() {
        CustomerViewModel customer = new CustomerViewModel();
        customer.emailProperty().set("ann@example.com");
        customer.nameProperty().set("Ann Lee");
        customer.phoneProperty().set("+49 (30) 123-4567");
        assertThat(customer.toDetails().phone()).isEqualTo("+49 30 123 4567");
    }
}
