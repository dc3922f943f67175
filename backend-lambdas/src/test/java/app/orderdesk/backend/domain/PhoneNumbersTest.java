package app.orderdesk.backend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void writesEveryFormOfTheSameNumberInE164() {
        assertThat(PhoneNumbers.toE164("+49 30 1234567", "49")).contains("+49301234567");
        assertThat(PhoneNumbers.toE164("0049 (30) 123-4567", "49")).contains("+49301234567");
        assertThat(PhoneNumbers.toE164("030 1234567", "49")).as("national, trunk 0 dropped").contains("+49301234567");
        assertThat(PhoneNumbers.toE164("555 0100 123", "1")).contains("+15550100123");
    }

    @Test
    void refusesWhatCannotBeAPhoneNumber() {
        assertThat(PhoneNumbers.toE164(null, "49")).isEmpty();
        assertThat(PhoneNumbers.toE164("12", "49")).isEmpty();
        assertThat(PhoneNumbers.toE164("+1234567890123456", "49")).as("16 digits").isEmpty();
        assertThat(PhoneNumbers.toE164("call me", "49")).isEmpty();
        assertThat(PhoneNumbers.toE164("+0 30 1234567", "49")).as("no country code starts with 0").isEmpty();
        assertThat(PhoneNumbers.toE164("1".repeat(40), "49")).isEmpty();
    }
}
