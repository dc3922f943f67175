package app.orderdesk.desktop.settings;

import app.orderdesk.api.LiveSubscription;
import app.orderdesk.api.LiveUpdate;
import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.desktop.client.StoreSettingsApi;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import java.util.function.Consumer;

/**
 * Keeps the desk on the store's current settings (tax rates, money and date formats): reads them at
 * sign-in, again whenever a manager on any desk saves them (a pushed {@code SETTINGS} update on the
 * {@code settings} topic every signed-in desk follows), and once more when the topic's subscription is
 * answered after a (re)connect — a save made while the socket was down is not pushed to this desk
 * (subscribe first, then read: ADR 0033).
 */
public final class StoreSettingsFollower implements Consumer<LiveUpdate> {

    private final StoreSettingsApi api;
    private final BackgroundExecutor executor;
    private final Consumer<StoreSettingsView> apply;
    /** True until a read follows the current connection's subscription (a push may have been missed). */
    private boolean readAfterSubscribe = false;
    /** Waits between reads that failed: the settings decide tax, money and dates, so they are read until they arrive. */
    static final java.util.List<java.time.Duration> RETRY_AFTER = java.util.List.of(java.time.Duration.ofSeconds(5),
            java.time.Duration.ofSeconds(15), java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(60));
    private Consumer<String> onNeverRead = why -> { };
    private boolean everRead;
    private boolean closed;
    private int failuresInARow;
    private app.orderdesk.desktop.infra.Cancellable retry = app.orderdesk.desktop.infra.Cancellable.NONE;

    public StoreSettingsFollower(StoreSettingsApi api, BackgroundExecutor executor, Consumer<StoreSettingsView> apply) {
        this.api = api;
        this.executor = executor;
        this.apply = apply;
    }

    /**
     * Told (once, FX thread, with the failure in words) when the first read of the session fails: until a read gets
     * through, amounts, dates and the form's tax are in the desk's defaults (en-US, USD, this PC's zone, no tax), which
     * a person must know — before session 32 nothing said so, and nothing read again without live updates.
     */
    public void onNeverRead(Consumer<String> notice) {
        this.onNeverRead = notice;
    }

    /**
     * Reads the settings now and applies them when they arrive (FX thread). A failed read keeps what is shown and
     * is tried again, 5, 15, 30 s and then every minute, until one gets through.
     */
    public void reload() {
        if (closed) {
            return;
        }
        retry.cancel();
        executor.submit(api::storeSettings, this::applied, this::failed);
    }

    /** Signed out: no more reads. */
    public void close() {
        closed = true;
        retry.cancel();
    }

    private void applied(StoreSettingsView settings) {
        everRead = true;
        failuresInARow = 0;
        apply.accept(settings);
    }

    private void failed(Throwable failure) {
        if (closed) {
            return;
        }
        if (!everRead && failuresInARow == 0) {
            onNeverRead.accept(app.orderdesk.desktop.client.ErrorMessages.describe(failure));
        }
        java.time.Duration wait = RETRY_AFTER.get(Math.min(failuresInARow, RETRY_AFTER.size() - 1));
        failuresInARow++;
        retry = executor.schedule(wait, this::reload);
    }

    /** A live update (FX thread): a settings save reloads; the first topics answer after a connect reloads once. */
    @Override
    public void accept(LiveUpdate update) {
        if (LiveUpdate.SETTINGS.equals(update.type())) {
            reload();
        } else if (LiveSubscription.SUBSCRIBED.equals(update.type()) && update.orderId() == null && !readAfterSubscribe) {
            readAfterSubscribe = true;
            reload();
        }
    }

    /** The socket dropped: the next subscription answer is followed by a read. */
    public void connectionLost() {
        readAfterSubscribe = false;
    }
}
