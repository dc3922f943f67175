package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.StoreSettingsRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.Fakes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UpdateStoreSettingsTest {

    /** A store deployed in London: its settings carry that zone whatever a desk sends (ADR 0080). */
    private final Fakes.Settings settings = new Fakes.Settings(java.time.ZoneId.of("Europe/London"));
    private final UpdateStoreSettings update =
            new UpdateStoreSettings(settings, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

    private static StoreSettingsRequest request(String name, Integer rate, String currency, String locale, String zone, String email) {
        return new StoreSettingsRequest(name, " 1 Main St ", "", email, "GB123", rate, currency, locale, zone, "Thanks");
    }

    @Test
    void savesTrimmedSettingsWithWhoAndWhen() {
        var view = update.execute(request(" Corner Shop ", 2000, "GBP", "en-GB", "Europe/London", "shop@example.test"), "mia");

        assertThat(view.name()).isEqualTo("Corner Shop");
        assertThat(view.updatedBy()).isEqualTo("mia");
        assertThat(view.updatedAt()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(settings.current().address()).isEqualTo("1 Main St");
        assertThat(settings.current().taxRateBasisPoints()).isEqualTo(2000);
        assertThat(settings.current().timeZone()).isEqualTo("Europe/London");
    }

    /** ADR 0087: Mia and Ali open the defaults; Mia saves; Ali's save on what he read must not undo hers. */
    @Test
    void aSaveOnSettingsSomeoneSavedSinceIsRefusedAndNamesWhoSaved() {
        var clock = new app.orderdesk.backend.fakes.MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
        var updates = new UpdateStoreSettings(settings, clock);
        var mias = updates.execute(request("Corner Shop & Café", 2000, "GBP", "en-GB", null, ""), "mia", "none");
        clock.advance(java.time.Duration.ofSeconds(90));

        assertThatThrownBy(() -> updates.execute(request("Corner Shop", 500, "GBP", "en-GB", null, ""), "ali", "none"))
                .isInstanceOfSatisfying(app.orderdesk.backend.errors.ConflictException.class, c -> {
                    assertThat(c.code()).isEqualTo("SETTINGS_CHANGED");
                    assertThat(c.getMessage()).contains("saved by mia at 2026-03-01 10:00 (Europe/London)").contains("nothing was saved");
                });
        assertThat(settings.current().name()).isEqualTo("Corner Shop & Café");
        assertThat(updates.execute(request("Corner Shop", 500, "GBP", "en-GB", null, ""), "ali", "\"" + mias.updatedAt() + "\"")
                .taxRateBasisPoints()).as("read again (quoted, as a desk sends it), saved").isEqualTo(500);
        assertThatThrownBy(() -> updates.execute(request("Corner Shop", 500, "GBP", "en-GB", null, ""), "ali", "yesterday"))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues().getFirst().field()).isEqualTo("If-Match"));
        assertThat(update.execute(request("Corner Shop", 0, "GBP", "en-GB", null, ""), "sam").taxRateBasisPoints())
                .as("without If-Match the last writer wins, as before").isZero();
    }

    @Test
    void theTimeZoneIsTheDeploymentsAndMayBeLeftOut() {
        var view = update.execute(request("Corner Shop", 2000, "GBP", "en-GB", null, ""), "mia");
        assertThat(view.timeZone()).isEqualTo("Europe/London");
        assertThat(update.execute(request("Corner Shop", 2000, "GBP", "en-GB", "  ", ""), "mia").timeZone()).isEqualTo("Europe/London");
        assertThat(settings.saves).isEqualTo(2);

        assertThatThrownBy(() -> update.execute(request("Corner Shop", 2000, "GBP", "en-GB", "Europe/Berlin", ""), "mia"))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues()).containsExactly(
                        new FieldIssue("timeZone", "must be Europe/London, the time zone the store was deployed with (StoreTimeZone)")));
        assertThatThrownBy(() -> update.execute(request("Corner Shop", 2000, "GBP", "en-GB", "Mars/Base", ""), "mia"))
                .as("a zone that does not exist is named as such, once")
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues()).containsExactly(
                        new FieldIssue("timeZone", "must be a time zone such as Europe/Berlin")));
        assertThat(settings.saves).as("nothing written for a refused zone").isEqualTo(2);
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsWritten() {
        assertThatThrownBy(() -> update.execute(request("", 10_001, "EURO", "!!", "Mars/Base", "not-an-email"), "mia"))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues()).extracting(FieldIssue::field)
                        .containsExactlyInAnyOrder("name", "taxRateBasisPoints", "currency", "locale", "timeZone", "email"));
        assertThatThrownBy(() -> update.execute(request("Shop", null, "USD", "en-US", "UTC", ""), "mia"))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues()).extracting(FieldIssue::field)
                        .containsExactly("taxRateBasisPoints"));
        assertThat(settings.saves).isZero();
        assertThat(settings.current()).isEqualTo(StoreSettings.defaultsIn(java.time.ZoneId.of("Europe/London")));
    }

    @Test
    void taxContainedInATotalIsRoundedHalfUpToTheCent() {
        StoreSettings nineteen = new StoreSettings("S", "", "", "", "", 1900, "EUR", "de-DE", "UTC", "", null, null);
        assertThat(nineteen.taxIncludedIn(app.orderdesk.backend.domain.Money.ofCents(4500, "EUR")).cents()).isEqualTo(718);
        assertThat(nineteen.taxIncludedIn(app.orderdesk.backend.domain.Money.ofCents(119, "EUR")).cents()).isEqualTo(19);
        assertThat(nineteen.taxIncludedIn(app.orderdesk.backend.domain.Money.ofCents(100, "EUR")).cents())
                .as("15.97 cents rounds up, not down").isEqualTo(16);
        assertThat(nineteen.taxRateText()).isEqualTo("19 %");
        StoreSettings sevenAndAHalf = new StoreSettings("S", "", "", "", "", 750, "EUR", "de-DE", "UTC", "", null, null);
        assertThat(sevenAndAHalf.taxRateText()).isEqualTo("7.5 %");
        assertThat(StoreSettings.DEFAULTS.taxIncludedIn(app.orderdesk.backend.domain.Money.ofCents(999)).cents()).isZero();
    }
}
