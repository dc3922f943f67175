package app.orderdesk.desktop.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Walked in German at 1024x640 (session 20): the dashboard's first tile read "In progress" — the bundles had words for
 * every order status but not for the tile that counts the orders still running (IN_PROGRESS, GetDashboard's key).
 */
class DashboardTileWordsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void everyTileTheServerSendsHasWordsInEnglishAndGerman() {
        List<String> tiles = new ArrayList<>(List.of("IN_PROGRESS"));
        Arrays.stream(OrderStatus.values()).filter(OrderStatus::isFinal).map(Enum::name).forEach(tiles::add);
        Locale.setDefault(Locale.ENGLISH);
        assertThat(DashboardScreen.words("IN_PROGRESS")).isEqualTo("In progress");
        Locale.setDefault(Locale.GERMAN);
        assertThat(DashboardScreen.words("IN_PROGRESS")).isEqualTo("In Bearbeitung");
        assertThat(tiles).allSatisfy(tile -> assertThat(app.orderdesk.desktop.ui.Messages.has("status." + tile)).as(tile).isTrue());
    }
}
