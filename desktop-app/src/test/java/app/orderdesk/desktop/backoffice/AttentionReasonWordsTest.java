package app.orderdesk.desktop.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.OrderStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The attention list and the dashboard's "needs attention" word a reason by its code in the desk's language. */
class AttentionReasonWordsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    private static AttentionItemView item(String reason, String code) {
        return new AttentionItemView("o-1", "OD-1", OrderStatus.FAILED, "COMPENSATED", "ProcessPayment", reason, 1250, "USD",
                Instant.parse("2026-11-29T10:00:00Z"), code, Map.of());
    }

    @Test
    void aGermanDeskWordsTheCodeAndShowsTheServersTextWithoutOne() {
        Locale.setDefault(Locale.GERMANY);
        ResourceBundle.clearCache();

        assertThat(AttentionViewModel.reasonInWords(item("The order could not be completed", "ORDER_NOT_COMPLETED")))
                .isEqualTo("Die Bestellung konnte nicht abgeschlossen werden");
        assertThat(AttentionViewModel.reasonInWords(item("Something the server said", null))).isEqualTo("Something the server said");
    }

    @Test
    void anOrderLeftForPeopleIsWordedWithItsStepInTheDesksLanguage() {
        Locale.setDefault(Locale.GERMANY);
        ResourceBundle.clearCache();
        AttentionItemView stopped = new AttentionItemView("o-2", "OD-2", OrderStatus.RESERVED, "STOPPED", "ProcessPayment",
                "The workflow run stopped before ProcessPayment again after 3 automatic retries; …", 1250, "USD",
                Instant.parse("2026-11-29T10:00:00Z"), "STOPPED_REPEATEDLY", Map.of("step", "ProcessPayment", "attempts", "3"));

        String words = AttentionViewModel.reasonInWords(stopped);

        assertThat(words).startsWith("Der Ablauf brach nach 3 automatischen Wiederholungen erneut vor „")
                .doesNotContain("ProcessPayment", "{step}", "{attempts}");
    }
}
