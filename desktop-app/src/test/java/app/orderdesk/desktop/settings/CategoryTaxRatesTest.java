package app.orderdesk.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.shell.Notifications;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** issue 13: managers edit tax by category as "category = rate" lines; a wrong line or a 400 is shown at the field. */
class CategoryTaxRatesTest {

    private final FakeApiClient api = new FakeApiClient();
    private final Notifications notifications = new Notifications();
    private final StoreSettingsViewModel model = new StoreSettingsViewModel(api, new SameThreadExecutor(), notifications);

    @Test
    void readsOneCategoryPerLineAndWritesThemBackSorted() {
        var parsed = TaxRates.parseCategoryRates("food = 7\n\n books=7,5 % \r\n");
        assertThat(parsed.badLine()).isNull();
        assertThat(parsed.rates()).containsExactly(Map.entry("food", 700), Map.entry("books", 750));
        assertThat(TaxRates.parseCategoryRates("food 7").badLine()).isEqualTo("food 7");
        assertThat(TaxRates.parseCategoryRates("= 7").badLine()).isEqualTo("= 7");
        assertThat(TaxRates.parseCategoryRates("food = lots").badLine()).isEqualTo("food = lots");
        assertThat(TaxRates.formatCategoryRates(Map.of("food", 700, "books", 750))).isEqualTo("books = 7.5\nfood = 7");
    }

    @Test
    void savesTheCategoryRatesWithTheRecordAndTellsTheOrderForm() {
        List<Object> told = new java.util.ArrayList<>();
        model.setOnSaved(told::add);
        model.load();
        model.valueProperty(StoreField.TAX_RATE).set("19");
        model.valueProperty(StoreField.CATEGORY_TAX_RATES).set("food = 7\nbooks = 7");
        model.save();

        assertThat(api.savedSettings).singleElement().satisfies(saved ->
                assertThat(saved.categoryTaxRates()).containsEntry("food", 700).containsEntry("books", 700).hasSize(2));
        assertThat(model.valueProperty(StoreField.CATEGORY_TAX_RATES).get()).isEqualTo("books = 7\nfood = 7");
        assertThat(told).hasSize(1);
    }

    @Test
    void aLineThatIsNoRateIsNamedAndNothingIsSent() {
        model.load();
        model.valueProperty(StoreField.CATEGORY_TAX_RATES).set("food = 7\nbooks seven");
        model.save();

        assertThat(api.savedSettings).isEmpty();
        assertThat(model.errorProperty(StoreField.CATEGORY_TAX_RATES).get()).contains("books seven");
    }

    @Test
    void theServersComplaintAboutOneCategoryGoesUnderTheListNamingIt() {
        model.load();
        model.valueProperty(StoreField.CATEGORY_TAX_RATES).set("wine & spirits = 20");
        api.storeSettingsHook = r -> {
            throw new ApiException(400, new ApiError("VALIDATION_FAILED", "The settings are not valid",
                    List.of(new ApiError.Detail("categoryTaxRates.wine & spirits", "must be 1 to 30 lower-case letters"))));
        };
        model.save();

        assertThat(model.errorProperty(StoreField.CATEGORY_TAX_RATES).get()).isEqualTo("wine & spirits: must be 1 to 30 lower-case letters");
        assertThat(notifications.currentProperty().get().error()).isTrue();
    }
}
