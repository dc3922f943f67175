package app.orderdesk.desktop.order;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.api.TimelineStep;
import app.orderdesk.api.TimelineView;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.LatestRequest;
import app.orderdesk.desktop.live.LiveUpdates;
import app.orderdesk.api.LiveSubscription;
import app.orderdesk.api.LiveUpdate;
import app.orderdesk.desktop.ui.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * Follows a placed order: polls its status and workflow timeline until the status is final, then
 * fetches and renders the receipt of a completed order — from the URL the COMPLETED push carries when it
 * has one that still works (ADR 0053), else through the receipt route.
 */
public final class OrderTrackingViewModel {

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    // Transient network trouble is retried; a minute of failures means something is really wrong.
    static final int MAX_CONSECUTIVE_FAILURES = 120;
    static final int MAX_RECEIPT_ATTEMPTS = 20;

    private final ReadOnlyStringWrapper orderNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OrderStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusReason = new ReadOnlyStringWrapper("");
    private final ObservableList<TimelineStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper polling = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Image> receiptImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper receiptReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OrderView> order = new ReadOnlyObjectWrapper<>();

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final ReceiptRenderer renderer;
    private final java.time.Clock clock;

    private String orderId;
    private byte[] receiptPdf;
    // One chain of reads per followed order (poll, next poll, receipt): latest request wins, so answers
    // about an order no longer followed (or read before a pushed status) are dropped.
    private final LatestRequest requests;
    /** Re-reads of an order already final (its own, so they never cancel the receipt's download in {@link #requests}). */
    private final LatestRequest finalRereads;
    private int consecutiveFailures;
    private int pollCount;
    // Live updates (push): when set, a pushed status shows at once and polling slows to the fallback pace.
    private LiveUpdates live;
    private java.time.Instant lastPushedAt;
    // The order this view model has subscribed to on the live socket (kept across a refresh of the same order).
    private String subscribedOrder;

    public OrderTrackingViewModel(ApiClient api, BackgroundExecutor executor, ReceiptRenderer renderer) {
        this(api, executor, renderer, java.time.Clock.systemUTC());
    }

    /** {@code clock} tells whether a pushed receipt URL has expired. */
    public OrderTrackingViewModel(ApiClient api, BackgroundExecutor executor, ReceiptRenderer renderer, java.time.Clock clock) {
        this.api = api;
        this.executor = executor;
        this.requests = new LatestRequest(executor);
        this.finalRereads = new LatestRequest(executor);
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Push instead of the 500 ms poll: statuses arrive as they are written, a slow poll only fills gaps. */
    public void useLiveUpdates(LiveUpdates updates) {
        this.live = updates;
        updates.addListener(this::onLiveUpdate);
        // Back after a drop: what was pushed meanwhile is lost; an order followed without a subscription
        // (its user's topic) gets no SUBSCRIBED answer to read on, so read it now (ADR 0037).
        updates.liveProperty().addListener((obs, was, now) -> {
            if (now && !was && polling.get() && orderId != null && subscribedOrder == null) {
                poll();
            }
        });
    }

    /** A pushed status of the followed order: shown now; the order and timeline are read once the burst settles. */
    private void onLiveUpdate(LiveUpdate update) {
        if (LiveSubscription.SUBSCRIBED.equals(update.type()) && orderId != null && orderId.equals(update.orderId()) && polling.get()) {
            // The server has stored the subscription: read now, and every later change will be pushed.
            poll(); // supersedes the fallback read scheduled by subscribeThenRead
            return;
        }
        if (LiveUpdate.ORDER_STATUS.equals(update.type()) && orderId != null && orderId.equals(update.orderId())
                && !polling.get() && status.get() != null && status.get().isFinal()) {
            // A change to an order already final — a refund, a payment recorded or undone on another desk, a redrive —
            // is read again once the burst settles. It was dropped: the detail kept "Completed", the payment as
            // outstanding and Refund offering what was refunded already, until the order was opened again (audit, session 33).
            finalRereads.schedule(PUSH_SETTLE, this::rereadFinal);
            return;
        }
        if (!LiveUpdate.ORDER_STATUS.equals(update.type()) || orderId == null || !orderId.equals(update.orderId())
                || !polling.get() || update.status() == null) {
            return;
        }
        if (update.carriesChange()) {
            apply(update);
            return;
        }
        if (lastPushedAt != null && update.at() != null && update.at().isBefore(lastPushedAt)) {
            return; // a late delivery of an older status: never step backwards
        }
        lastPushedAt = update.at();
        showStatus(update.status(), null);
        requests.schedule(PUSH_SETTLE, this::poll);
    }

    /**
     * A pushed change carries what this screen shows (ADR 0037): status, reason, the steps written and
     * whether the receipt exists; shown without reading the order. A late delivery of an older change
     * still adds its steps (they happened) but never moves the status back. While a read is in flight its
     * answer is merged with what was pushed (see {@link #onSnapshot}); otherwise the slow poll is put off.
     */
    private void apply(LiveUpdate update) {
        mergeSteps(update.steps());
        boolean newer = lastPushedAt == null || update.at() == null || !update.at().isBefore(lastPushedAt);
        if (!newer) {
            return;
        }
        lastPushedAt = update.at();
        lastPushed = update;
        showStatus(update.status(), update.statusReason(), update.statusReasonCode(), update.statusReasonParams());
        if (order.get() != null) {
            order.set(withPushed(order.get(), update));
        }
        if (readInFlight) {
            return;
        }
        if (update.status().isFinal()) {
            finish(update.status(), update);
        } else {
            requests.schedule(pollInterval(), this::poll); // the safety net, 10 s after the last push
        }
    }

    /**
     * The pushed change on the order as last read (its lines, customer, totals and how it is paid did not change). The
     * payment fields are kept: built without them, every push made an order paid on delivery look like one with no
     * payment at all — "(pay on delivery)", "Payment not received yet" and "Payment received…" gone (audit, session 33).
     */
    private static OrderView withPushed(OrderView read, LiveUpdate update) {
        return new OrderView(read.orderId(), read.orderNumber(), update.status(), update.statusReason(), read.customer(), read.lines(),
                read.totalCents(), read.currency(), read.paymentId(),
                read.receiptAvailable() || Boolean.TRUE.equals(update.receiptAvailable()), read.createdAt(), update.updatedAt(), read.refunds(),
                update.statusReasonCode(), update.statusReasonParams(), read.paymentMethod(), read.paymentReceived(),
                read.paymentUndone());
    }

    /** Reads an order already final again, as it is now; its receipt, already shown, is not fetched again. */
    private void rereadFinal() {
        String id = orderId;
        if (id == null) {
            return;
        }
        finalRereads.submit(() -> new Snapshot(api.order(id), timelineOrNull(id)), snapshot -> {
            if (!id.equals(orderId) || polling.get()) {
                return; // another order, or followed afresh meanwhile
            }
            OrderView read = snapshot.order();
            order.set(read);
            showStatus(read.status(), read.statusReason(), read.statusReasonCode(), read.statusReasonParams());
            if (snapshot.timeline() != null && snapshot.timeline().steps() != null) {
                steps.setAll(snapshot.timeline().steps());
            }
        }, failure -> { }); // the order as shown stays; the next change, or opening it again, reads it
    }

    /** Adds steps not shown yet, keeping the timeline in the order the steps started. */
    private void mergeSteps(java.util.List<TimelineStep> more) {
        boolean added = false;
        for (TimelineStep step : more) {
            if (!steps.contains(step)) {
                steps.add(step);
                added = true;
            }
        }
        if (added) {
            // Stable: steps of one time keep the order the backend recorded them in.
            FXCollections.sort(steps, java.util.Comparator.comparing(OrderTrackingViewModel::timeOf,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        }
    }

    /**
     * When a step happened: its start, else its end. A step recorded by a later task (the one that failed, an alert)
     * has no start; sorted last it showed a failed "Charge the card" after the "Release the stock" it caused.
     */
    static java.time.Instant timeOf(TimelineStep step) {
        return step.startedAt() != null ? step.startedAt() : step.endedAt();
    }

    /**
     * A final status: nothing more to follow; a completed order's receipt is fetched, and a refunded one's too (it was
     * written when the order completed: after a partial refund the receipt went and Save PDF and Print were off).
     */
    private void finish(OrderStatus finalStatus, LiveUpdate pushed) {
        polling.set(false);
        if (HAS_A_RECEIPT.contains(finalStatus)) {
            String url = usableReceiptUrl(pushed);
            if (url != null) {
                loadPushedReceipt(url);
            } else {
                loadReceipt(1);
            }
        } else {
            requests.cancel();
        }
    }

    /** A pushed URL this close to its expiry is not tried: the download could start after it. */
    static final Duration RECEIPT_URL_MARGIN = Duration.ofSeconds(5);

    /** The receipt URL the push carries (ADR 0053), if any and not about to expire; null otherwise. */
    private String usableReceiptUrl(LiveUpdate pushed) {
        if (pushed == null || pushed.receiptUrl() == null || pushed.receiptUrlExpiresAt() == null) {
            return null;
        }
        return clock.instant().plus(RECEIPT_URL_MARGIN).isBefore(pushed.receiptUrlExpiresAt()) ? pushed.receiptUrl() : null;
    }
    private static final java.util.Set<OrderStatus> HAS_A_RECEIPT =
            java.util.EnumSet.of(OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED);

    /** Statuses come in bursts a few ms apart; one read after the burst instead of one per status. */
    public static final Duration PUSH_SETTLE = Duration.ofMillis(300);

    private Duration pollInterval() {
        return live == null ? POLL_INTERVAL : live.pollInterval();
    }

    /**
     * Starts following a freshly accepted order. With the live socket up nothing is read: the order's
     * changes come on this desk's user topic (joined at connect, before the order existed), those pushed
     * before this answer are replayed, and the slow poll reads only if pushes stop (ADR 0037).
     */
    public void track(PlaceOrderResponse accepted) {
        reset();
        followInLive(null);
        orderId = accepted.orderId();
        orderNumber.set(accepted.orderNumber());
        showStatus(accepted.status(), null);
        polling.set(true);
        if (live == null || !live.isLive()) {
            if (live != null) {
                live.placedHere(orderId);
            }
            poll();
            return;
        }
        live.placedHere(orderId);
        requests.schedule(pollInterval(), this::poll);
        live.recentChanges(orderId).forEach(this::onLiveUpdate);
    }

    /** Starts following an existing order (order detail): live while it runs, then its receipt. */
    public void follow(String existingOrderId) {
        reset();
        orderId = existingOrderId;
        polling.set(true);
        if (live != null && live.isLive() && live.comesWithoutSubscribing(existingOrderId)) {
            followInLive(null); // placed here: its user's topic brings it, read now (nothing can be missed)
            poll();
            return;
        }
        subscribeThenRead();
    }

    /**
     * Subscribe first, read when the server answers (ADR 0033): a change written after that
     * read is pushed, one written before it is in what was read. Without a live socket: read now and poll.
     * If the answer is slow to come, a read after {@link #SUBSCRIBE_ANSWER_WAIT} keeps the screen moving.
     */
    private void subscribeThenRead() {
        if (live == null) {
            poll();
            return;
        }
        boolean alreadySubscribed = orderId.equals(subscribedOrder);
        followInLive(orderId);
        if (alreadySubscribed || !live.isLive()) {
            poll();
            return;
        }
        requests.schedule(SUBSCRIBE_ANSWER_WAIT, this::poll);
    }

    /**
     * Moves the live subscription to {@code id} (null: none). The same order stays subscribed: an
     * unsubscribe and a subscribe sent back to back may be handled by the server in either order.
     */
    private void followInLive(String id) {
        if (live == null || java.util.Objects.equals(subscribedOrder, id)) {
            return;
        }
        if (subscribedOrder != null) {
            live.unfollow(subscribedOrder);
        }
        subscribedOrder = id;
        if (id != null) {
            live.follow(id);
        }
    }

    public static final Duration SUBSCRIBE_ANSWER_WAIT = Duration.ofSeconds(2);

    /** Fetches the order again at once (e.g. after it was cancelled). */
    public void refresh() {
        if (orderId != null) {
            follow(orderId);
        }
    }

    /**
     * Shows {@code answer}, the server's answer to a command on the order followed that changes nothing but the order
     * record itself (a payment recorded or undone), without reading it again: {@link #refresh} starts over and blanks
     * the detail until its read comes back, and the keyboard on the detail's buttons was lost meanwhile.
     */
    public void showAnswer(OrderView answer) {
        if (answer != null && answer.orderId().equals(orderId)) {
            order.set(answer);
        }
    }

    /**
     * After a command on the order failed: reads it again while keeping what is shown (a final order), or leaves it to
     * the reads and pushes already following it. {@link #refresh} blanked the detail first, and with the API unreachable
     * the person was left looking at an empty pane instead of the order they were working on (walked, session 34).
     */
    public void rereadKeepingShown() {
        if (orderId != null && !polling.get()) {
            rereadFinal();
        }
    }

    /** Stops following and forgets the order (New order, sign-out). */
    public void clear() {
        reset();
        followInLive(null);
    }

    private void reset() {
        requests.cancel();
        finalRereads.cancel();
        orderId = null;
        receiptPdf = null;
        consecutiveFailures = 0;
        pollCount = 0;
        lastPushedAt = null;
        lastPushed = null;
        readInFlight = false;
        orderNumber.set("");
        order.set(null);
        status.set(null);
        statusText.set("");
        statusReason.set("");
        steps.clear();
        polling.set(false);
        receiptImage.set(null);
        receiptReady.set(false);
        message.set("");
    }

    private void poll() {
        String id = orderId;
        pollCount++;
        readInFlight = true;
        requests.submit(() -> new Snapshot(api.order(id), timelineOrNull(id)), this::onSnapshot, this::onPollFailure);
    }

    // The newest whole change pushed for the followed order (null: none since the last reset).
    private LiveUpdate lastPushed;
    // A read of the order is under way: a push meanwhile is merged into its answer instead of superseding it.
    private boolean readInFlight;

    private TimelineView timelineOrNull(String id) {
        try {
            return api.timeline(id);
        } catch (ApiException e) {
            // The workflow may not have started yet: the order's status is still worth showing.
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private void onSnapshot(Snapshot snapshot) {
        readInFlight = false;
        consecutiveFailures = 0;
        message.set("");
        OrderView order = snapshot.order();
        // A change pushed while the read was under way is newer than what was read: keep it (and its steps).
        boolean pushedSince = lastPushed != null && order.updatedAt() != null && order.updatedAt().isBefore(lastPushed.updatedAt());
        if (order.orderNumber() != null) {
            orderNumber.set(order.orderNumber());
        }
        OrderStatus shown;
        if (pushedSince) {
            shown = status.get();
            this.order.set(lastPushed != null ? withPushed(order, lastPushed) : order);
            if (snapshot.timeline() != null && snapshot.timeline().steps() != null) {
                mergeSteps(snapshot.timeline().steps());
            }
        } else {
            shown = order.status();
            this.order.set(order);
            showStatus(order.status(), order.statusReason(), order.statusReasonCode(), order.statusReasonParams());
            if (snapshot.timeline() != null && snapshot.timeline().steps() != null) {
                steps.setAll(snapshot.timeline().steps());
            }
        }
        if (shown != null && shown.isFinal()) {
            // the final status was pushed too: its receipt URL, if any, spares asking for a link
            finish(shown, lastPushed != null && lastPushed.status() == shown ? lastPushed : null);
        } else {
            requests.schedule(pollInterval(), this::poll);
        }
    }

    private void onPollFailure(Throwable failure) {
        readInFlight = false;
        consecutiveFailures++;
        message.set(ErrorMessages.describe(failure));
        if (consecutiveFailures >= MAX_CONSECUTIVE_FAILURES) {
            polling.set(false);
            return;
        }
        requests.schedule(pollInterval(), this::poll);
    }

    /**
     * Downloads the receipt straight from the URL the COMPLETED push carried (no request to the API). If that
     * fails — expired meanwhile, refused (403), not there — the receipt is fetched as before.
     */
    private void loadPushedReceipt(String url) {
        message.set(Messages.text("receipt.loading"));
        requests.submit(() -> {
            byte[] pdf = api.download(url);
            return new Receipt(pdf, renderer.renderFirstPage(pdf));
        }, this::showReceipt, failure -> loadReceipt(1));
    }

    private void showReceipt(Receipt receipt) {
        receiptPdf = receipt.pdf();
        receiptDpi.set(ReceiptRenderer.DEFAULT_DPI);
        requestedReceiptDpi = ReceiptRenderer.DEFAULT_DPI;
        // Ready before the picture: whoever sees the picture sees Save and Print enabled with it.
        receiptReady.set(true);
        receiptImage.set(receipt.image());
        message.set("");
    }

    private void loadReceipt(int attempt) {
        String id = orderId;
        message.set(Messages.text("receipt.loading"));
        requests.submit(() -> {
            byte[] pdf = api.download(api.receiptLink(id).url());
            return new Receipt(pdf, renderer.renderFirstPage(pdf));
        }, this::showReceipt, failure -> {
            // The receipt is written just before COMPLETED; a 404 right after is worth another try.
            boolean notYet = failure instanceof ApiException apiError && apiError.status() == 404;
            if (notYet && attempt < MAX_RECEIPT_ATTEMPTS) {
                requests.schedule(POLL_INTERVAL, () -> loadReceipt(attempt + 1));
            } else {
                message.set(Messages.text("receipt.loadFailed", ErrorMessages.describe(failure)));
            }
        });
    }

    /** Writes the downloaded receipt to {@code target} in the background. */
    public void saveReceipt(Path target) {
        byte[] pdf = receiptPdf;
        if (pdf == null || target == null) {
            return;
        }
        executor.submit(() -> Files.write(target, pdf),
                written -> message.set(Messages.text("receipt.saved", written.toAbsolutePath())),
                failure -> message.set(Messages.text("receipt.saveFailed", target)));
    }

    private void showStatus(OrderStatus newStatus, String reason) {
        showStatus(newStatus, reason, null, null);
    }

    /** {@code reasonCode} (may be null) words the server's {@code reason} in the desk's language (ADR 0039). */
    private void showStatus(OrderStatus newStatus, String reason, String reasonCode, java.util.Map<String, String> reasonParams) {
        String words = ReasonWords.describe(reasonCode, reasonParams, reason);
        // The reason first: whoever listens to the status (the draft reopening) reads it.
        statusReason.set(words.isBlank() ? defaultReason(newStatus) : words);
        statusText.set(StepWords.status(newStatus));
        status.set(newStatus);
    }

    private static String defaultReason(OrderStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case REJECTED -> Messages.text("order.reason.REJECTED");
            case PAYMENT_DECLINED -> Messages.text("order.reason.PAYMENT_DECLINED");
            case FAILED -> Messages.text("order.reason.FAILED");
            case CANCELLED -> Messages.text("order.reason.CANCELLED");
            default -> "";
        };
    }

    /** How many times the order has been fetched; lets tests check that polling stops. */
    int pollCount() {
        return pollCount;
    }

    /** The order as last fetched: lines, totals, customer. */
    public ReadOnlyObjectProperty<OrderView> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** The id of the followed order, or null. */
    public String orderId() {
        return orderId;
    }

    public ReadOnlyStringProperty orderNumberProperty() {
        return orderNumber.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OrderStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusReasonProperty() {
        return statusReason.getReadOnlyProperty();
    }

    public ObservableList<TimelineStep> steps() {
        return steps;
    }

    public ReadOnlyBooleanProperty pollingProperty() {
        return polling.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> receiptImageProperty() {
        return receiptImage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty receiptReadyProperty() {
        return receiptReady.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The receipt PDF, once loaded. */
    public byte[] receiptPdf() {
        return receiptPdf == null ? null : receiptPdf.clone();
    }

    private record Snapshot(OrderView order, TimelineView timeline) {}

    private record Receipt(byte[] pdf, Image image) {}

    // --- h-q: the preview's zoom re-renders the page at the zoom's resolution ---

    private final javafx.beans.property.ReadOnlyDoubleWrapper receiptDpi =
            new javafx.beans.property.ReadOnlyDoubleWrapper(ReceiptRenderer.DEFAULT_DPI);
    private double requestedReceiptDpi = ReceiptRenderer.DEFAULT_DPI;

    // True while a zoom's page renders (FX thread only): one render at a time.
    private boolean zoomRendering;

    /**
     * Renders the loaded receipt again at {@code dpi}, in the background, one page at a time: zooms asked for while one
     * renders wait, and only the newest of them is rendered next. Before, each Ctrl+plus started its own render (a
     * 300 dpi page is tens of MB) and the older ones ran on, holding the desk's workers, only to be thrown away.
     */
    public void renderReceiptAt(double dpi) {
        // Within 2 % the picture on screen is as sharp as a new one would be: a window being resized renders no page per pixel.
        if (receiptPdf == null || Math.abs(dpi - requestedReceiptDpi) < requestedReceiptDpi * 0.02) {
            return;
        }
        requestedReceiptDpi = dpi;
        if (!zoomRendering) {
            renderZoom(receiptPdf, dpi);
        }
    }

    private void renderZoom(byte[] pdf, double dpi) {
        zoomRendering = true;
        executor.submit(() -> renderer.renderFirstPage(pdf, (float) dpi), image -> {
            zoomRendering = false;
            if (pdf == receiptPdf && dpi == requestedReceiptDpi) {
                receiptDpi.set(dpi);
                receiptImage.set(image);
            } else if (receiptPdf != null && requestedReceiptDpi != receiptDpi.get()) {
                renderZoom(receiptPdf, requestedReceiptDpi); // the newest zoom asked for meanwhile
            }
        }, failure -> {
            zoomRendering = false;
            message.set(Messages.text("receipt.loadFailed", ErrorMessages.describe(failure)));
        });
    }

    /** The resolution the shown receipt picture was rendered at. */
    public javafx.beans.property.ReadOnlyDoubleProperty receiptDpiProperty() {
        return receiptDpi.getReadOnlyProperty();
    }
}
