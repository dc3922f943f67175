package app.orderdesk.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.shell.Notifications;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logo on the store settings form: chosen from a file, checked, previewed, removed, and saved with the settings. */
class StoreLogoViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final Notifications notifications = new Notifications();
    private final StoreSettingsViewModel model = new StoreSettingsViewModel(api, new SameThreadExecutor(), notifications);

    @TempDir
    Path dir;

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aChosenPngIsShownAndSavedWithTheSettings() throws Exception {
        model.load();
        assertThat(model.logo().imageProperty().get()).as("the fake store has no logo yet").isNull();
        byte[] png = png();
        Path file = Files.write(dir.resolve("logo.png"), png);

        model.logo().choose(file);
        model.save();

        assertThat(model.logo().imageProperty().get()).isEqualTo(png);
        assertThat(model.logo().problemProperty().get()).isEmpty();
        assertThat(api.savedSettings).singleElement().satisfies(saved ->
                assertThat(saved.logo()).isEqualTo(Base64.getEncoder().encodeToString(png)));
    }

    @Test
    void theSavedLogoIsLoadedAndSentBackAndRemoveLogoDropsIt() throws Exception {
        String saved = Base64.getEncoder().encodeToString(png());
        api.storeSettingsView = new app.orderdesk.api.StoreSettingsView("Shop", "", "", "", "", 0, "USD", "en-US", "UTC", "",
                "mia", "2026-11-29T00:00:00Z", saved);
        model.load();

        model.save();
        model.logo().remove();
        model.save();

        assertThat(api.savedSettings).extracting(app.orderdesk.api.StoreSettingsRequest::logo)
                .as("kept when untouched, then removed").containsExactly(saved, null);
        assertThat(model.logo().imageProperty().get()).isNull();
    }

    /** Session 34: a small file with a huge canvas is refused from its header, before anything decodes it whole. */
    @Test
    void aPictureOfMoreThan2000PixelsASideIsRefusedFromItsHeader() throws Exception {
        model.load();
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2001, 1, BufferedImage.TYPE_INT_RGB), "png", out);
        var jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2000, 1, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);

        model.logo().choose(Files.write(dir.resolve("wide.png"), out.toByteArray()));
        assertThat(model.logo().problemProperty().get())
                .isEqualTo(StoreLogoChoice.text("logo.tooManyPixels", 2000, 2001, 1));
        assertThat(model.logo().imageProperty().get()).isNull();
        model.logo().choose(Files.write(dir.resolve("wide.jpg"), jpeg.toByteArray()));
        assertThat(model.logo().problemProperty().get()).as("2,000 a side is allowed").isEmpty();
        assertThat(model.logo().imageProperty().get()).isEqualTo(jpeg.toByteArray());
    }

    @Test
    void aFileThatIsNoPngOrJpegOrTooLargeIsNamedAndNotTaken() throws Exception {
        model.load();
        Path text = Files.writeString(dir.resolve("notes.png"), "not an image");
        byte[] big = new byte[StoreLogoChoice.MAX_BYTES + 1];
        System.arraycopy(png(), 0, big, 0, 16);
        Path large = Files.write(dir.resolve("huge.png"), big);

        model.logo().choose(text);
        assertThat(model.logo().problemProperty().get()).isEqualTo(StoreLogoChoice.text("logo.notAnImage"));
        model.logo().choose(large);
        assertThat(model.logo().problemProperty().get()).contains("201", "200");
        model.logo().choose(dir.resolve("missing.png"));
        assertThat(model.logo().problemProperty().get()).contains("missing.png");

        assertThat(model.logo().imageProperty().get()).isNull();
    }

    @Test
    void theServersComplaintAboutTheLogoIsShownAtTheLogo() throws Exception {
        model.load();
        model.logo().choose(Files.write(dir.resolve("logo.png"), png()));
        api.storeSettingsHook = r -> {
            throw new ApiException(400, new ApiError("VALIDATION_FAILED", "The settings are not valid",
                    List.of(new ApiError.Detail("logo", "is not a readable PNG image"))));
        };

        model.save();

        assertThat(model.logo().problemProperty().get()).isEqualTo("is not a readable PNG image");
        assertThat(notifications.currentProperty().get().error()).isTrue();
        assertThat(model.errorProperty(StoreField.NAME).get()).isEmpty();
    }
}
