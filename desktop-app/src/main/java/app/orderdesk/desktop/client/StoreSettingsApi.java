package app.orderdesk.desktop.client;

import app.orderdesk.api.StoreSettingsRequest;
import app.orderdesk.api.StoreSettingsView;

/** {@code GET/PUT /store-settings}: kept apart from {@link ApiClient} so only the screens that need it say so. */
public interface StoreSettingsApi {

    /** {@code GET /store-settings} (every role): the store's settings, defaults until a manager saves them. */
    StoreSettingsView storeSettings();

    /**
     * {@code PUT /store-settings} (managers): the whole record; 400 names each wrong field. {@code ifMatch}: the
     * {@code updatedAt} of the settings read ({@code "none"} for the defaults), so a save over someone else's newer one
     * is refused with 409 SETTINGS_CHANGED (ADR 0087); null: last writer wins.
     */
    StoreSettingsView saveStoreSettings(StoreSettingsRequest request, String ifMatch);
}
