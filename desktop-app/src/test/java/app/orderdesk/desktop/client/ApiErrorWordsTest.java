package app.orderdesk.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** issue 13: what the API says is shown in the desk's language; what the desk has no words for, as the server said it. */
class ApiErrorWordsTest {

    private final Locale before = Locale.getDefault();

    private static void deskIn(Locale locale) {
        Locale.setDefault(locale);
        ResourceBundle.clearCache();
    }

    @AfterEach
    void restoreLocale() {
        deskIn(before);
    }

    @Test
    void aGermanDeskShowsA409InGerman() {
        deskIn(Locale.GERMANY);
        var conflict = new ApiException(409, ApiError.of("INSUFFICIENT_STOCK", "MUG-BLU has 2 available; 5 requested"));

        assertThat(ErrorMessages.describe(conflict))
                .isEqualTo("Nicht genug Bestand für diese Änderung. Laden Sie den Artikel neu, um den verfügbaren Bestand zu sehen.");
    }

    /** ADR 0071/0072: the conflicts of recording and undoing a payment on delivery (they had no German words before). */
    @Test
    void aGermanDeskWordsThePaymentConflicts() {
        deskIn(Locale.GERMANY);
        for (String code : List.of("NOT_PAID_ON_DELIVERY", "NOT_COLLECTABLE", "PAYMENT_ALREADY_RECEIVED", "NO_PAYMENT_RECORDED",
                "PAYMENT_CHANGED")) {
            var conflict = new ApiException(409, ApiError.of(code, "Order OD-000042: the server's English sentence."));
            assertThat(ErrorMessages.describe(conflict)).as(code).doesNotContain("server's English").contains("Zahlung");
        }
    }

    @Test
    void aGermanDeskShowsA400WithItsFieldsAndIssuesInGerman() {
        deskIn(Locale.GERMANY);
        var invalid = new ApiException(400, new ApiError("VALIDATION_FAILED", "Some fields are not valid.", List.of(
                new ApiError.Detail("customer.email", "not a valid email address"),
                new ApiError.Detail("lines[1].quantity", "must be between 1 and 1000"),
                new ApiError.Detail("note", "must be at most 500 characters"),
                new ApiError.Detail("customer.name", "is required"))));

        assertThat(ErrorMessages.describe(invalid)).isEqualTo("Einige Felder sind ungültig (E-Mail des Kunden: ist keine gültige "
                + "E-Mail-Adresse; Position 2: Menge: muss zwischen 1 und 1.000 liegen; Notiz: darf höchstens 500 Zeichen lang sein; "
                + "Name des Kunden: fehlt)");
    }

    @Test
    void anEnglishDeskShowsTheServersOwnMoreSpecificSentence() {
        deskIn(Locale.US);
        var forbidden = new ApiException(403, ApiError.of("FORBIDDEN", "Support may refund up to $50.00; ask a manager."));
        var invalid = new ApiException(400, new ApiError("VALIDATION_FAILED", "Some fields are not valid.", List.of(
                new ApiError.Detail("lines[0].productId", "is required"))));

        assertThat(ErrorMessages.describe(forbidden)).isEqualTo("Support may refund up to $50.00; ask a manager.");
        assertThat(ErrorMessages.describe(invalid)).isEqualTo("Some fields are not valid. (lines[0].productId: is required)");
    }

    @Test
    void theDesksEnglishWordsForFieldsAndIssuesAreComplete() {
        deskIn(Locale.US);

        assertThat(ApiErrorWords.field("lines[0].productId")).isEqualTo("line 1: product");
        assertThat(ApiErrorWords.issue("must be between 1 and 1000")).isEqualTo("must be between 1 and 1,000");
    }

    @Test
    void whatTheDeskHasNoWordsForIsShownAsTheServerSaidIt() {
        deskIn(Locale.GERMANY);
        var newCode = new ApiException(409, ApiError.of("SOMETHING_NEW", "A rule the desk does not know yet."));
        var newIssue = new ApiException(400, new ApiError("VALIDATION_FAILED", "Some fields are not valid.", List.of(
                new ApiError.Detail("colour", "must be a colour the brand book allows"))));

        assertThat(ErrorMessages.describe(newCode)).isEqualTo("A rule the desk does not know yet.");
        assertThat(ErrorMessages.describe(newIssue)).isEqualTo("Einige Felder sind ungültig (colour: must be a colour the brand book allows)");
    }

    /** ADR 0086: a retry whose start went unanswered is an answer from the API, not the desk being offline. */
    @Test
    void aRetryOfUnknownOutcomeIsNotAConnectionProblemButAnUnavailableServiceIs() {
        var unknown = new ApiException(503, new app.orderdesk.api.ApiError("RETRY_OUTCOME_UNKNOWN", "it may be running", java.util.List.of()));
        var unavailable = new ApiException(503, new app.orderdesk.api.ApiError("SERVICE_UNAVAILABLE", "try again", java.util.List.of()));

        org.assertj.core.api.Assertions.assertThat(ErrorMessages.isConnectionProblem(unknown)).isFalse();
        org.assertj.core.api.Assertions.assertThat(ErrorMessages.isConnectionProblem(unavailable)).isTrue();
    }
}
