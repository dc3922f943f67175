package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.StoreSettings;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What every {@link StoreSettingsRepository} does, the fake and the DynamoDB adapter alike. */
public abstract class StoreSettingsRepositoryContract {

    /**
     * The zone every implementation under contract is deployed in (its {@code StoreTimeZone}): none of the records
     * below is saved in it, so a record's own zone coming back would show.
     */
    public static final ZoneId STORE_ZONE = ZoneId.of("America/Chicago");

    protected abstract StoreSettingsRepository settings();

    @Test
    void readsEveryRecordInTheStoresTimeZoneAndTheDefaultsUntilOneIsSaved() {
        assertThat(settings().storeZone()).isEqualTo(STORE_ZONE);
        assertThat(settings().find()).isEmpty();
        assertThat(settings().current()).isEqualTo(StoreSettings.DEFAULTS.inZone(STORE_ZONE));
        assertThat(settings().current().zone()).isEqualTo(STORE_ZONE);

        StoreSettings berlin = new StoreSettings("Kaffeehaus Müller", "", "", "", "", 1900, "EUR", "de-DE", "Europe/Berlin", "",
                "mia@example.test", Instant.parse("2026-03-01T10:00:00Z"));
        settings().save(berlin);

        assertThat(settings().current().timeZone()).as("the deployment's zone, whatever the record says").isEqualTo("America/Chicago");
        assertThat(settings().current().name()).isEqualTo("Kaffeehaus Müller");
    }

    /** ADR 0087: two managers open the settings; the second to save must not silently undo the first's change. */
    @Test
    void aSaveOnWhatWasReadIsRefusedOnceSomeoneSavedSince() {
        StoreSettings first = new StoreSettings("Corner Shop", "", "", "", "", 0, "USD", "en-US", "UTC", "", "ali@example.test",
                Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(settings().saveIfUnchanged(first, Instant.parse("2026-03-01T09:00:00Z"))).as("nothing saved yet, not that").isFalse();
        assertThat(settings().saveIfUnchanged(first, null)).as("nothing saved yet, as read").isTrue();

        StoreSettings mias = new StoreSettings("Corner Shop & Café", "", "", "", "", 0, "USD", "en-US", "UTC", "", "mia@example.test",
                Instant.parse("2026-03-02T10:05:00.250Z"));
        StoreSettings alis = new StoreSettings("Corner Shop", "", "", "", "", 700, "USD", "en-US", "UTC", "", "ali@example.test",
                Instant.parse("2026-03-02T10:06:00Z"));
        assertThat(settings().saveIfUnchanged(mias, first.updatedAt())).isTrue();
        assertThat(settings().saveIfUnchanged(alis, first.updatedAt())).as("Ali read the record before Mia's save").isFalse();
        assertThat(settings().saveIfUnchanged(first, null)).as("a record exists now").isFalse();

        assertThat(settings().current().name()).isEqualTo("Corner Shop & Café");
        assertThat(settings().saveIfUnchanged(alis, mias.updatedAt())).as("read again, saved again").isTrue();
        assertThat(settings().current().taxRateBasisPoints()).isEqualTo(700);
    }

    @Test
    void keepsEveryFieldAndReplacesTheRecordWhole() {
        StoreSettings full = new StoreSettings("Kaffeehaus Müller", "Hauptstraße 1\n10115 Berlin", "+49301234567", "laden@example.test",
                "DE123456789", 1900, "EUR", "de-DE", "Europe/Berlin", "Danke!", "mia@example.test", Instant.parse("2026-03-01T10:00:00Z"));
        settings().save(full);
        assertThat(settings().find()).contains(full.inZone(STORE_ZONE));

        StoreSettings sparse = new StoreSettings("Corner Shop", "", "", "", "", 0, "USD", "en-US", "UTC", "", "ali@example.test",
                Instant.parse("2026-03-02T10:00:00Z"));
        settings().save(sparse);
        assertThat(settings().find()).as("empty optional fields come back empty, never as the old values").contains(sparse.inZone(STORE_ZONE));
        assertThat(settings().current()).isEqualTo(sparse.inZone(STORE_ZONE));
    }

    @Test
    void keepsCategoryTaxRatesAndDropsThemWhenTheRecordHasNone() {
        StoreSettings withRates = new StoreSettings("Rates Shop", "", "", "", "", 1900, "EUR", "de-DE", "UTC", "", "mia@example.test",
                Instant.parse("2026-03-05T10:00:00Z"), null, java.util.Map.of("food", 700, "books", 750));
        settings().save(withRates);
        assertThat(settings().find()).contains(withRates.inZone(STORE_ZONE));
        assertThat(settings().current().taxRateFor("books")).isEqualTo(750);

        StoreSettings oneRate = new StoreSettings("Rates Shop", "", "", "", "", 1900, "EUR", "de-DE", "UTC", "", "mia@example.test",
                Instant.parse("2026-03-06T10:00:00Z"));
        settings().save(oneRate);
        assertThat(settings().current().categoryTaxRates()).isEmpty();
    }

    @Test
    void keepsTheLogoByteForByteAndDropsItWhenTheRecordHasNone() {
        byte[] png = app.orderdesk.backend.fakes.TestImages.png(240, 80, java.awt.Color.MAGENTA);
        StoreSettings withLogo = new StoreSettings("Logo Shop", "", "", "", "", 0, "USD", "en-US", "UTC", "", "mia@example.test",
                Instant.parse("2026-03-03T10:00:00Z"), app.orderdesk.backend.domain.StoreLogo.stored(png));
        settings().save(withLogo);
        assertThat(settings().find()).contains(withLogo.inZone(STORE_ZONE));
        assertThat(settings().current().logo().bytes()).isEqualTo(png);
        assertThat(settings().current().logo().mediaType()).isEqualTo("image/png");

        StoreSettings without = new StoreSettings("Logo Shop", "", "", "", "", 0, "USD", "en-US", "UTC", "", "mia@example.test",
                Instant.parse("2026-03-04T10:00:00Z"));
        settings().save(without);
        assertThat(settings().current().logo()).isNull();
    }
}
