package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * h-a (issue 13): an email in a narrow orders column breaks between its parts, never inside one: the cell offers
 * breaks (hair spaces, which JavaFX wraps at) after '.', '-' and '_' and before '@'; the column holds the longest part.
 */
class EmailBreaksTest {

    @Test
    void anAddressMayBreakAfterDotsAndDashesAndBeforeTheAt() {
        assertThat(FullText.emailBreaks("anna.schmidt-leutheusser@example.com"))
                .isEqualTo("anna.\u200Aschmidt-\u200Aleutheusser\u200A@example.\u200Acom");
        assertThat(FullText.emailPieces("anna.schmidt-leutheusser@example.com"))
                .containsExactly("anna.", "schmidt-", "leutheusser", "@example.", "com");
        assertThat(FullText.emailPieces("Anna Schmidt-Leutheusser")).containsExactly("Anna", "Schmidt-", "Leutheusser");
    }

    @Test
    void whatIsShownReadsAsTheAddressOnceTheBreaksAreTakenOut() {
        String address = "j_o.muller-x@mail.example.co.uk";
        assertThat(FullText.emailBreaks(address).replace("\u200A", "")).isEqualTo(address);
        assertThat(FullText.emailBreaks("trailing.")).isEqualTo("trailing."); // nothing after the dot: no break
    }

    @Test
    void aStatusMayTakeTwoLinesBetweenItsWords() {
        assertThat(FullText.longestWord("Zahlung abgelehnt")).isEqualTo("abgelehnt");
        assertThat(FullText.longestWord("Receipt ready")).isEqualTo("Receipt");
    }
}
