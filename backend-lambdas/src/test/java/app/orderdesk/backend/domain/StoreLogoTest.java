package app.orderdesk.backend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.fakes.TestImages;
import java.awt.Color;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class StoreLogoTest {

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aPngAndAJpegAreTakenAsSentWithTheirMediaType() {
        byte[] png = TestImages.png(300, 100, Color.MAGENTA);
        byte[] jpeg = TestImages.jpeg(300, 100, Color.BLUE);

        StoreLogo.Parsed fromPng = StoreLogo.parse(base64(png));
        StoreLogo.Parsed fromJpeg = StoreLogo.parse(base64(jpeg));

        assertThat(fromPng.issue()).isNull();
        assertThat(fromPng.logo().mediaType()).isEqualTo("image/png");
        assertThat(fromPng.logo().bytes()).isEqualTo(png);
        assertThat(fromJpeg.issue()).isNull();
        assertThat(fromJpeg.logo().mediaType()).isEqualTo("image/jpeg");
        assertThat(StoreLogo.stored(jpeg)).isEqualTo(fromJpeg.logo());
        assertThat(StoreLogo.stored(png).mediaType()).isEqualTo("image/png");
    }

    @Test
    void noLogoIsNeitherALogoNorAnIssue() {
        assertThat(StoreLogo.parse(null)).isEqualTo(new StoreLogo.Parsed(null, null));
        assertThat(StoreLogo.parse("  ")).isEqualTo(new StoreLogo.Parsed(null, null));
    }

    @Test
    void everythingElseIsRefusedNamingTheLogoField() {
        byte[] png = TestImages.png(300, 100, Color.MAGENTA);
        byte[] jpeg = TestImages.jpeg(300, 100, Color.BLUE);

        assertThat(issue("not base64 at all!")).isEqualTo("must be a PNG or JPEG image, base64-encoded");
        assertThat(issue(base64("just some text, not an image".getBytes()))).isEqualTo("must be a PNG or JPEG image");
        assertThat(issue(base64(TestImages.gif(30, 10, Color.RED)))).as("GIF").isEqualTo("must be a PNG or JPEG image");
        assertThat(issue(base64(Arrays.copyOf(png, png.length / 2)))).as("a PNG cut in half").isEqualTo("is not a readable PNG image");
        assertThat(issue(base64(Arrays.copyOf(jpeg, jpeg.length / 2)))).as("a JPEG cut in half").isEqualTo("is not a readable JPEG image");
        assertThat(issue(base64(TestImages.png(2001, 10, Color.RED)))).startsWith("must be at most 2000 × 2000 pixels");
        byte[] tooBig = Arrays.copyOf(png, StoreLogo.MAX_BYTES + 1);
        assertThat(issue(base64(tooBig))).startsWith("must be at most 200 KB");
    }

    @Test
    void aTinyFileClaimingAHugeCanvasIsRefusedFromItsHeaderBeforeDecoding() {
        byte[] bomb = TestImages.pngClaiming(60_000, 60_000);
        assertThat(bomb.length).isLessThan(100);

        assertThat(issue(base64(bomb))).isEqualTo("must be at most 2000 × 2000 pixels (this one is 60000 × 60000)");
    }

    @Test
    void exactlyTheSizeLimitIsStillChecked() {
        // A valid PNG padded to the limit with bytes after IEND: the size passes; the decoder decides.
        byte[] png = TestImages.png(30, 10, Color.GREEN);
        assertThat(StoreLogo.parse(base64(Arrays.copyOf(png, StoreLogo.MAX_BYTES))).issue()).isNull();
    }

    private static String issue(String base64) {
        StoreLogo.Parsed parsed = StoreLogo.parse(base64);
        assertThat(parsed.logo()).isNull();
        assertThat(parsed.issue().field()).isEqualTo("logo");
        return parsed.issue().issue();
    }
}
