package app.orderdesk.desktop.ui;

/** Style-class names used from Java; the matching rules live in each feature's stylesheet. */
public final class Styles {

    public static final String SIGN_IN_PANE = "od-sign-in";
    public static final String APP_TITLE = "od-app-title";
    public static final String ERROR_TEXT = "od-error-text";
    public static final String HINT_TEXT = "od-hint-text";
    public static final String FIELD_INVALID = "od-field-invalid";
    public static final String ORDER_NUMBER = "od-order-number";
    public static final String ORDER_STATUS = "od-order-status";
    public static final String ORDER_TOTAL = "od-order-total";
    public static final String SECTION_TITLE = "od-section-title";
    public static final String TIMELINE_STEP = "od-timeline-step";
    public static final String STEP_SUCCEEDED = "od-step-succeeded";
    public static final String STEP_FAILED = "od-step-failed";
    public static final String STEP_RUNNING = "od-step-running";
    public static final String RECEIPT_PREVIEW = "od-receipt-preview";
    public static final String STATUS_BAR = "od-status-bar";
    public static final String NOTICE_TEXT = "od-notice-text";
    public static final String LOW_STOCK_ROW = "od-low-stock";
    public static final String BANNER = "od-banner";
    public static final String BANNER_ERROR = "od-banner-error";
    public static final String BANNER_INFO = "od-banner-info";
    public static final String OUTBOX_FAILED = "od-outbox-failed";
    public static final String CONNECTION_OFFLINE = "od-offline";

    private Styles() {}

    /** The stylesheet URL of a resource next to {@code anchor}'s package, e.g. {@code sign-in.css}. */
    public static String stylesheet(Class<?> anchor, String name) {
        var url = anchor.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet " + name + " next to " + anchor.getName());
        }
        return url.toExternalForm();
    }
}
