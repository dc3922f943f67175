package app.orderdesk.desktop.order;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * How large the receipt preview shows the page: fitted to the pane's width (the default), or a fixed
 * step of its actual size (100 % = the printed size on a 96 dpi screen). Stepping in or out starts from
 * what is on screen, so the first Ctrl+plus after "fit width" is never a jump backwards.
 */
public final class ReceiptZoom {

    /** The fixed steps, as fractions of the actual size. */
    static final double[] STEPS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0};
    /** Screen pixels per inch at 100 %. */
    static final double SCREEN_DPI = 96;
    /** The most a zoom renders at: an A4 page at 300 dpi is 2,480 × 3,508 pixels, about 35 MB as a picture. */
    static final double MAX_DPI = 300;

    private final ReadOnlyBooleanWrapper fitWidth = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper step = new ReadOnlyDoubleWrapper(1.0);

    /** The next larger step than {@code shown} (the factor on screen now); the largest stays. */
    public void zoomIn(double shown) {
        double next = STEPS[STEPS.length - 1];
        for (double candidate : STEPS) {
            if (candidate > shown + 0.01) {
                next = candidate;
                break;
            }
        }
        fixed(next);
    }

    /** The next smaller step than {@code shown}; the smallest stays. */
    public void zoomOut(double shown) {
        double next = STEPS[0];
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < shown - 0.01) {
                next = STEPS[i];
                break;
            }
        }
        fixed(next);
    }

    public void fitToWidth() {
        fitWidth.set(true);
    }

    private void fixed(double factor) {
        step.set(factor);
        fitWidth.set(false);
    }

    /**
     * The factor of the actual size to show a page {@code pageWidthInches} wide in a viewport
     * {@code viewportWidth} pixels wide: the step, or in "fit width" what fills the width (never below the smallest step).
     */
    public double factor(double viewportWidth, double pageWidthInches) {
        if (!fitWidth.get()) {
            return step.get();
        }
        if (viewportWidth <= 0 || pageWidthInches <= 0) {
            return 1.0;
        }
        return Math.max(STEPS[0], viewportWidth / (pageWidthInches * SCREEN_DPI));
    }

    /** The resolution to render at for {@code factor} on a screen with {@code outputScale} device pixels per pixel (HiDPI). */
    public static double dpi(double factor, double outputScale) {
        return factor * SCREEN_DPI * Math.max(1.0, outputScale);
    }

    public ReadOnlyBooleanProperty fitWidthProperty() {
        return fitWidth.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty stepProperty() {
        return step.getReadOnlyProperty();
    }
}
