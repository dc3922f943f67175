package app.orderdesk.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.shell.Notifications;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreSettingsViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final Notifications notifications = new Notifications();
    private final StoreSettingsViewModel model = new StoreSettingsViewModel(api, new SameThreadExecutor(), notifications);

    @Test
    void readsTaxRatesAsPeopleTypeThemAndWritesThemBack() {
        assertThat(TaxRates.parsePercent("19").getAsInt()).isEqualTo(1900);
        assertThat(TaxRates.parsePercent(" 7,5 % ").getAsInt()).isEqualTo(750);
        assertThat(TaxRates.parsePercent("7.25").getAsInt()).isEqualTo(725);
        assertThat(TaxRates.parsePercent("0").getAsInt()).isZero();
        assertThat(TaxRates.parsePercent("7.255")).isEmpty();
        assertThat(TaxRates.parsePercent("abc")).isEmpty();
        assertThat(TaxRates.parsePercent("")).isEmpty();
        assertThat(TaxRates.formatPercent(1900)).isEqualTo("19");
        assertThat(TaxRates.formatPercent(1000)).isEqualTo("10");
        assertThat(TaxRates.formatPercent(725)).isEqualTo("7.25");
        assertThat(TaxRates.formatPercent(0)).isEqualTo("0");
    }

    @Test
    void loadsTheSettingsAndSavesTheWholeRecord() {
        model.load();
        assertThat(model.valueProperty(StoreField.NAME).get()).isEqualTo("Order Desk");
        assertThat(model.loadedProperty().get()).isTrue();

        model.valueProperty(StoreField.NAME).set("  Kaffeehaus Ost ");
        model.valueProperty(StoreField.TAX_RATE).set("7,5");
        model.valueProperty(StoreField.CURRENCY).set("eur");
        model.save();

        assertThat(api.savedSettings).singleElement().satisfies(saved -> {
            assertThat(saved.name()).isEqualTo("Kaffeehaus Ost");
            assertThat(saved.taxRateBasisPoints()).isEqualTo(750);
            assertThat(saved.currency()).isEqualTo("EUR");
        });
        assertThat(notifications.currentProperty().get().error()).isFalse();
        assertThat(model.lastChangeProperty().get()).contains("manager@example.com");
    }

    /**
     * ADR 0087: each save says which settings it was made on (their updatedAt; "none" for the defaults), so the server
     * refuses one over another manager's newer save; the saved answer is what the next save is made on.
     */
    @Test
    void eachSaveSaysWhichSettingsItWasMadeOnAndARefusalSaysSomeoneSavedSince() {
        model.load();
        model.valueProperty(StoreField.NAME).set("Kaffeehaus Ost");
        model.save();
        model.valueProperty(StoreField.NAME).set("Kaffeehaus West");
        model.save();

        assertThat(api.settingsIfMatch).containsExactly("none", "2026-11-29T00:00:00Z");

        api.storeSettingsHook = request -> {
            throw new app.orderdesk.desktop.client.ApiException(409, new ApiError("SETTINGS_CHANGED",
                    "The store settings were saved by ali@example.test at 2026-11-29 10:05 (UTC) since you opened them; nothing was saved.",
                    java.util.List.of()));
        };
        model.valueProperty(StoreField.NAME).set("Kaffeehaus Nord");
        model.save();
        assertThat(notifications.currentProperty().get().error()).isTrue();
        assertThat(notifications.currentProperty().get().text()).contains("saved by ali@example.test");
        assertThat(model.valueProperty(StoreField.NAME).get()).as("what was typed stays to be made again").isEqualTo("Kaffeehaus Nord");
    }

    /** Audit, session 33: Reload and F5 dropped unsaved changes without a word; this is what the question rests on. */
    @Test
    void knowsWhetherSomethingIsChangedAndNotSaved() {
        assertThat(model.hasUnsavedChanges()).as("nothing loaded: nothing to lose").isFalse();
        model.load();
        assertThat(model.hasUnsavedChanges()).isFalse();

        model.valueProperty(StoreField.RECEIPT_FOOTER).set("Thank you!");
        assertThat(model.hasUnsavedChanges()).isTrue();
        model.valueProperty(StoreField.RECEIPT_FOOTER).set("");
        model.valueProperty(StoreField.NAME).set(" Order Desk  ");
        assertThat(model.hasUnsavedChanges()).as("back as it was; outer spaces are not kept by Save").isFalse();

        model.valueProperty(StoreField.PHONE).set("+49 30 1234");
        model.save();
        assertThat(api.savedSettings).hasSize(1);
        assertThat(model.hasUnsavedChanges()).as("saved").isFalse();
    }

    @Test
    void putsEachFieldIssueOfA400UnderItsField() {
        model.load();
        api.storeSettingsHook = r -> {
            throw new ApiException(400, new ApiError("VALIDATION_FAILED", "The settings are not valid",
                    List.of(new ApiError.Detail("email", "is not an email address"),
                            new ApiError.Detail("taxRateBasisPoints", "must be between 0 and 10000 (0 % to 100 %)"))));
        };
        model.save();

        assertThat(model.errorProperty(StoreField.EMAIL).get()).isEqualTo("is not an email address");
        assertThat(model.errorProperty(StoreField.TAX_RATE).get()).startsWith("must be between");
        assertThat(model.errorProperty(StoreField.NAME).get()).isEmpty();
        assertThat(notifications.currentProperty().get().error()).isTrue();
        assertThat(notifications.currentProperty().get().text()).doesNotContain("email");

        model.valueProperty(StoreField.EMAIL).set("shop@example.com");
        assertThat(model.errorProperty(StoreField.EMAIL).get()).as("typing answers the complaint").isEmpty();
    }

    @Test
    void aTaxRateThatIsNoPercentageIsNamedAtItsFieldAndNothingIsSent() {
        model.load();
        model.valueProperty(StoreField.TAX_RATE).set("nineteen");
        model.save();

        assertThat(api.savedSettings).isEmpty();
        assertThat(model.errorProperty(StoreField.TAX_RATE).get()).contains("percentage");
    }

    /** Walked in session 21: 150 went to the server, whose answer spoke of basis points ("between 0 and 10000"). */
    @Test
    void aTaxRateAboveAHundredPercentIsNamedAtItsFieldInPercentAndNothingIsSent() {
        model.load();
        model.valueProperty(StoreField.TAX_RATE).set("150");
        model.save();

        assertThat(api.savedSettings).isEmpty();
        assertThat(model.errorProperty(StoreField.TAX_RATE).get()).contains("from 0 to 100").doesNotContain("10000");

        model.valueProperty(StoreField.TAX_RATE).set("100");
        model.save();
        assertThat(api.savedSettings).singleElement().satisfies(saved -> assertThat(saved.taxRateBasisPoints()).isEqualTo(10_000));
    }

    @Test
    void aForbiddenSaveIsSaidInTheMessageAreaNotAtAField() {
        model.load();
        api.storeSettingsHook = r -> {
            throw new ApiException(403, ApiError.of("FORBIDDEN", "Your role is not allowed to do this."));
        };
        model.save();

        assertThat(notifications.currentProperty().get().error()).isTrue();
        assertThat(notifications.currentProperty().get().text()).contains("not allowed");
        for (StoreField field : StoreField.values()) {
            assertThat(model.errorProperty(field).get()).as(field.name()).isEmpty();
        }
        assertThat(model.busyProperty().get()).isFalse();
    }
}
