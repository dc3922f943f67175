package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReceiptZoomTest {

    private static final double A4_INCHES = 8.27;
    private final ReceiptZoom zoom = new ReceiptZoom();

    @Test
    void startsFittedToTheWidthOfThePane() {
        assertThat(zoom.fitWidthProperty().get()).isTrue();
        assertThat(zoom.factor(397, A4_INCHES)).as("a 397 px pane shows an A4 page at half size").isCloseTo(0.5, within(0.01));
        assertThat(zoom.factor(1588, A4_INCHES)).isCloseTo(2.0, within(0.01));
    }

    @Test
    void zoomingInFromFitWidthGoesToTheNextStepAboveWhatIsShown() {
        zoom.zoomIn(0.6);

        assertThat(zoom.fitWidthProperty().get()).isFalse();
        assertThat(zoom.factor(397, A4_INCHES)).isEqualTo(0.75);
        zoom.zoomIn(0.75);
        assertThat(zoom.factor(397, A4_INCHES)).isEqualTo(1.0);
    }

    @Test
    void zoomingOutStopsAtTheSmallestStepAndInAtTheLargest() {
        zoom.zoomOut(0.6);
        zoom.zoomOut(0.5);
        assertThat(zoom.factor(397, A4_INCHES)).isEqualTo(0.5);

        for (int i = 0; i < 20; i++) {
            zoom.zoomIn(zoom.factor(397, A4_INCHES));
        }
        assertThat(zoom.factor(397, A4_INCHES)).isEqualTo(3.0);
    }

    @Test
    void fitWidthReturnsToThePanesWidth() {
        zoom.zoomIn(1.0);
        zoom.fitToWidth();

        assertThat(zoom.factor(794, A4_INCHES)).isCloseTo(1.0, within(0.01));
    }

    @Test
    void theResolutionFollowsTheZoomAndTheScreensPixelDensity() {
        assertThat(ReceiptZoom.dpi(2.0, 1.0)).isEqualTo(192);
        assertThat(ReceiptZoom.dpi(2.0, 1.5)).as("a HiDPI screen gets more pixels, not a stretched picture").isEqualTo(288);
    }
}
