package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.StoreSettings;
import java.util.Optional;

/** The store's one settings record; empty until a manager first saves it. */
public interface StoreSettingsRepository {

    Optional<StoreSettings> find();

    /** Replaces the record whole (last writer wins: one manager edits one form). */
    void save(StoreSettings settings);

    /** The saved settings, or the defaults. */
    default StoreSettings current() {
        return find().orElse(StoreSettings.DEFAULTS);
    }
}
