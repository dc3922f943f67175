package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.GetStoreSettings;
import java.util.Set;

/** GET /store-settings (all roles). */
public final class GetStoreSettingsHandler extends ApiHandler {

    private final GetStoreSettings getSettings;

    public GetStoreSettingsHandler() {
        this(Production.getStoreSettings());
    }

    public GetStoreSettingsHandler(GetStoreSettings getSettings) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS, Roles.SUPPORT));
        this.getSettings = getSettings;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ok(200, getSettings.execute());
    }
}
