package app.orderdesk.backend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.test", "first.last+tag@shop.example.co", "x_y@a-b.example"})
    void acceptsOrdinaryEmailAddresses(String email) {
        assertThat(ContactRules.isValidEmail(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a b@example.test", "a@@example.test", "a..b@example.test", "a@example..test", "a@example.test\r\nBcc: x@y.test"})
    void rejectsMalformedEmailAddresses(String email) {
        assertThat(ContactRules.isValidEmail(email)).isFalse();
    }

    @Test
    void rejectsEmailLongerThan254() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "test";
        assertThat(ContactRules.isValidEmail(local + "@" + domain)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0000", "5550100", "+15550100"})
    void acceptsPhoneNumbers(String phone) {
        assertThat(ContactRules.isValidPhone(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+1 (555) 0100", "555-0100", "+1234567890123456789012", "phone"})
    void rejectsOtherPhoneNumbers(String phone) {
        assertThat(ContactRules.isValidPhone(phone)).isFalse();
    }

    @Test
    void normalisesForSearch() {
        assertThat(ContactRules.normaliseEmail(" Ada@Example.TEST ")).isEqualTo("ada@example.test");
        assertThat(ContactRules.normalisePhone("+44 20 7946 0000")).contains("+442079460000");
        assertThat(ContactRules.normalisePhone("  ")).isEmpty();
    }
}
