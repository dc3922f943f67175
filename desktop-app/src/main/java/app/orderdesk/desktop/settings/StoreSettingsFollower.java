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

    public StoreSettingsFollower(StoreSettingsApi api, BackgroundExecutor executor, Consumer<StoreSettingsView> apply) {
        this.api = api;
        this.executor = executor;
        this.apply = apply;
    }

    /** Reads the settings now and applies them when they arrive (FX thread); a failed read keeps what is shown. */
    public void reload() {
        executor.submit(api::storeSettings, apply, failure -> { });
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
