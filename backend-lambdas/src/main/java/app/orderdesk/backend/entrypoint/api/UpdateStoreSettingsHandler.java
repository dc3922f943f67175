package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiJson;
import app.orderdesk.api.Roles;
import app.orderdesk.api.StoreSettingsRequest;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.UpdateStoreSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;

/** PUT /store-settings (managers): 200 with the saved settings; with If-Match, 409 SETTINGS_CHANGED if saved since (ADR 0087). */
public final class UpdateStoreSettingsHandler extends ApiHandler {

    private static final ObjectMapper STRICT = withoutScalarCoercion(ApiJson.strict());
    /** A 200 KB logo is 267 KiB in base64; the other fields add at most a few KiB. */
    static final int MAX_BODY_BYTES = 320 * 1024;

    private final UpdateStoreSettings updateSettings;

    public UpdateStoreSettingsHandler() {
        this(Production.updateStoreSettings());
    }

    public UpdateStoreSettingsHandler(UpdateStoreSettings updateSettings) {
        super(Set.of(Roles.MANAGERS));
        this.updateSettings = updateSettings;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        StoreSettingsRequest body = request.body(STRICT, StoreSettingsRequest.class, MAX_BODY_BYTES);
        return ok(200, updateSettings.execute(body, Actors.of(request.caller()), request.header("If-Match")));
    }
}
