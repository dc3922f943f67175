package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.StoreSettings;
import java.util.Optional;

/**
 * The store's one settings record; empty until a manager first saves it. Whatever time zone a record was
 * saved with, it is read in the store's (the deployment's {@code StoreTimeZone}, ADR 0080).
 */
public interface StoreSettingsRepository {

    Optional<StoreSettings> find();

    /** Replaces the record whole (last writer wins: one manager edits one form). */
    void save(StoreSettings settings);

    /** The store's time zone, which every record is read in. */
    java.time.ZoneId storeZone();

    /** The saved settings, or the defaults in the store's time zone. */
    default StoreSettings current() {
        return find().orElse(StoreSettings.defaultsIn(storeZone()));
    }
}
