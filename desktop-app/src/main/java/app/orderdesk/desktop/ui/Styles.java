package app.orderdesk.desktop.ui;

/** Style-class names used from Java; the matching rules live in each feature's stylesheet. */
public final class Styles {

    public static final String SIGN_IN_PANE = "od-sign-in";
    public static final String APP_TITLE = "od-app-title";
    public static final String ERROR_TEXT = "od-error-text";
    public static final String HINT_TEXT = "od-hint-text";
    public static final String FIELD_INVALID = "od-field-invalid";
    public static final String READ_ONLY = "od-read-only";
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
    // An order status coloured by what it means: done, ended badly, stopped on purpose, still moving.
    public static final String STATUS_GOOD = "od-status-good";
    public static final String STATUS_BAD = "od-status-bad";
    public static final String STATUS_NEUTRAL = "od-status-neutral";
    public static final String STATUS_BUSY = "od-status-busy";
    public static final String LINE_OVER_STOCK = "od-over-stock";
    /** A small "working on it" note laid over a list (common.css): readable over the rows it covers. */
    public static final String BUSY_BADGE = "od-busy-badge";
    /** A table cell whose text wraps ({@link FullText#wrappingCells()}). */
    public static final String WRAPPING_CELL = "od-wrapping-cell";
    /** On a table: its wrapping cells keep the room above and below their text that a one-line row has (common.css). */
    public static final String ROOMY_WRAPPED_ROWS = "od-roomy-wrapped-rows";

    private Styles() {}

    /** The colour class for an order status (null: nothing yet). */
    public static String forStatus(app.orderdesk.api.OrderStatus status) {
        if (status == null) {
            return STATUS_BUSY;
        }
        return switch (status) {
            case COMPLETED -> STATUS_GOOD;
            case REJECTED, PAYMENT_DECLINED, FAILED -> STATUS_BAD;
            case CANCELLED, PARTIALLY_REFUNDED, REFUNDED -> STATUS_NEUTRAL;
            default -> STATUS_BUSY;
        };
    }

    /** Puts the status colour class on {@code node}, removing the previous one. */
    public static void applyStatus(javafx.scene.Node node, app.orderdesk.api.OrderStatus status) {
        node.getStyleClass().removeAll(STATUS_GOOD, STATUS_BAD, STATUS_NEUTRAL, STATUS_BUSY);
        node.getStyleClass().add(forStatus(status));
    }

    /** The stylesheet URL of a resource next to {@code anchor}'s package, e.g. {@code sign-in.css}. */
    public static String stylesheet(Class<?> anchor, String name) {
        var url = anchor.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet " + name + " next to " + anchor.getName());
        }
        return url.toExternalForm();
    }
}
