package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.HeldExecutor;
import app.orderdesk.desktop.shell.Notifications;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * h-a (issue 13): the empty stock history says why it is empty. Before a product is chosen it asks for one; once a
 * product with no movements is chosen and its history has loaded, it says that this product has no stock changes
 * yet (in English and German), not "Select a product".
 */
class StockHistoryPlaceholderTest {

    private final FakeApiClient api = new FakeApiClient();
    private final HeldExecutor executor = new HeldExecutor();
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void aChosenProductWithoutMovementsSaysItHasNoStockChangesYet() {
        assertThat(walk(Locale.US)).containsExactly(
                "Select a product to see who changed its stock, when and why",
                "Loading the stock history",
                "MUG-1 has no stock changes yet: sales, adjustments and counts will show here",
                "Select a product to see who changed its stock, when and why");
    }

    @Test
    void inGermanToo() {
        assertThat(walk(Locale.GERMANY)).containsExactly(
                "Wählen Sie einen Artikel, um zu sehen, wer seinen Bestand wann und warum geändert hat",
                "Bestandsverlauf wird geladen",
                "Der Bestand von MUG-1 wurde noch nicht geändert: Verkäufe, Korrekturen und Zählungen erscheinen hier",
                "Wählen Sie einen Artikel, um zu sehen, wer seinen Bestand wann und warum geändert hat");
    }

    @Test
    void aProductWithMovementsShowsThemAndAFailedLoadSaysSo() {
        api.history.add(new StockMovementView("p-tea", "m-1", "RECEIVED", 10, 0L, 10L, "boss@example.com", "delivery", Instant.now()));
        InventoryViewModel model = new InventoryViewModel(api, executor, new Notifications(), true);
        model.loadAll();
        executor.release(0);
        model.selectedProperty().set(model.rows().stream().filter(r -> r.item().sku().equals("TEA-7")).findFirst().orElseThrow());
        executor.release(0);
        assertThat(model.movements()).extracting(StockMovementView::movementId).containsExactly("m-1");

        api.failEverything = new IllegalStateException("down");
        model.selectedProperty().set(model.rows().stream().filter(r -> r.item().sku().equals("MUG-1")).findFirst().orElseThrow());
        executor.release(0);
        assertThat(model.movements()).isEmpty();
        assertThat(model.historyPlaceholderProperty().get()).isEqualTo("The stock history could not be loaded");
    }

    /** What the placeholder says: before a choice, while MUG-1's history loads, after it loaded empty, after the choice is cleared. */
    private java.util.List<String> walk(Locale locale) {
        Locale.setDefault(locale);
        ResourceBundle.clearCache();
        InventoryViewModel model = new InventoryViewModel(api, executor, new Notifications(), true);
        java.util.List<String> said = new java.util.ArrayList<>();
        said.add(model.historyPlaceholderProperty().get());
        model.loadAll();
        executor.release(0);
        model.selectedProperty().set(model.rows().getFirst());
        said.add(model.historyPlaceholderProperty().get());
        executor.release(0);
        assertThat(model.movements()).isEmpty();
        said.add(model.historyPlaceholderProperty().get());
        model.selectedProperty().set(null);
        said.add(model.historyPlaceholderProperty().get());
        return said;
    }
}
