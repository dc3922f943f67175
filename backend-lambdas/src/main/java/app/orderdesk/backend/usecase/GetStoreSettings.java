package app.orderdesk.backend.usecase;

import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.backend.port.StoreSettingsRepository;

/** GET /store-settings (every role: the desk shows the store's name, currency and tax rate). */
public final class GetStoreSettings {

    private final StoreSettingsRepository settings;

    public GetStoreSettings(StoreSettingsRepository settings) {
        this.settings = settings;
    }

    public StoreSettingsView execute() {
        return StoreSettingsViews.of(settings.current());
    }
}
