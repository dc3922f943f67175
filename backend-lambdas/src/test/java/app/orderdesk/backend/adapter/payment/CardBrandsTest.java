package app.orderdesk.backend.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The receipt's payment line: a card by brand and last four; the desk's pay-on-delivery in words, not "Card". */
class CardBrandsTest {

    @Test
    void namesTheCardOrThePayOnDeliveryChoice() {
        assertThat(CardBrands.paymentLine("tok_visa")).isEqualTo("Paid by Visa •••• 4242");
        assertThat(CardBrands.paymentLine("tok_amex")).isEqualTo("Paid by American Express •••• 0005");
        assertThat(CardBrands.paymentLine("tok_somethingElse")).isEqualTo("Paid by Card");
        assertThat(CardBrands.paymentLine(CardBrands.PAY_ON_DELIVERY)).isEqualTo("To be paid on invoice / on delivery");
    }

    @Test
    void theDeskSendsTheSamePayOnDeliveryToken() throws java.io.IOException {
        // The desk's constant (desktop-app PaymentTokens) must be the token this side recognises.
        String desk = java.nio.file.Files.readString(java.nio.file.Path.of("..", "desktop-app", "src", "main", "java",
                "app", "orderdesk", "desktop", "order", "PaymentTokens.java"));
        assertThat(desk).contains("PAY_ON_DELIVERY = \"" + CardBrands.PAY_ON_DELIVERY + "\"");
    }
}
