package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.StoreSettingsRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.TestImages;
import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The logo travels with the store settings: saved with them, shown back, removed by a PUT without it. */
class StoreLogoSettingsTest {

    private final Fakes.Settings settings = new Fakes.Settings(java.time.ZoneId.of("Europe/London"));
    private final UpdateStoreSettings update =
            new UpdateStoreSettings(settings, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    private final GetStoreSettings get = new GetStoreSettings(settings);

    private static StoreSettingsRequest request(String currency, String logo) {
        return new StoreSettingsRequest("Corner Shop", "", "", "", "", 0, currency, "en-GB", "Europe/London", "", logo);
    }

    @Test
    void aLogoIsSavedWithTheSettingsAndShownBackAsSent() {
        byte[] png = TestImages.png(240, 80, Color.MAGENTA);
        String sent = Base64.getEncoder().encodeToString(png);

        var view = update.execute(request("GBP", sent), "mia");

        assertThat(view.logo()).isEqualTo(sent);
        assertThat(settings.current().logo().bytes()).isEqualTo(png);
        assertThat(get.execute().logo()).isEqualTo(sent);
    }

    @Test
    void aPutWithoutTheLogoRemovesIt() {
        update.execute(request("GBP", Base64.getEncoder().encodeToString(TestImages.jpeg(50, 50, Color.BLUE))), "mia");

        var view = update.execute(request("GBP", null), "mia");

        assertThat(view.logo()).isNull();
        assertThat(settings.current().logo()).isNull();
    }

    @Test
    void aBrokenLogoIsNamedBesideTheOtherWrongFieldsAndNothingIsWritten() {
        String notAnImage = Base64.getEncoder().encodeToString("GIF89a? no".getBytes());

        assertThatThrownBy(() -> update.execute(request("EURO", notAnImage), "mia"))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.issues())
                        .containsExactlyInAnyOrder(new FieldIssue("currency", "must be an ISO 4217 code such as USD or EUR"),
                                new FieldIssue("logo", "must be a PNG or JPEG image")));
        assertThat(settings.saves).isZero();
        assertThat(settings.current()).isEqualTo(StoreSettings.defaultsIn(java.time.ZoneId.of("Europe/London")));
    }
}
