package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The notice when a refused order opens again as a draft: one full stop after the reason, in either language. */
class ReopenedNoticeTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void aReasonEndingInAFullStopIsNotFollowedByASecondOne() {
        Locale.setDefault(Locale.GERMANY);
        ResourceBundle.clearCache();

        String notice = PlaceOrderViewModel.reopenedNotice("Zahlung abgelehnt", "Die Karte wurde abgelehnt.", true);

        assertThat(notice).startsWith("Zahlung abgelehnt: Die Karte wurde abgelehnt. Der Entwurf ist wieder offen").doesNotContain("..");
    }

    @Test
    void withoutAReasonTheStatusAloneLeadsTheSentence() {
        Locale.setDefault(Locale.US);
        ResourceBundle.clearCache();

        assertThat(PlaceOrderViewModel.reopenedNotice("Rejected", null, false)).startsWith("Rejected. The draft is open again");
        assertThat(PlaceOrderViewModel.reopenedNotice("Rejected", "Out of stock: MUG-BLU.", false))
                .startsWith("Rejected: Out of stock: MUG-BLU. The draft").doesNotContain("..");
    }
}
