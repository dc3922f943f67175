package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.StoreSettings;
import java.util.Optional;

/**
 * The store's one settings record; empty until a manager first saves it. Whatever time zone a record was
 * saved with, it is read in the store's (the deployment's {@code StoreTimeZone}, ADR 0080).
 */
public interface StoreSettingsRepository {

    Optional<StoreSettings> find();

    /** Replaces the record whole, whatever is stored (last writer wins: a client that sends no If-Match). */
    void save(StoreSettings settings);

    /**
     * ADR 0087: replaces the record whole only while the stored one is the one the caller read, the record saved at
     * {@code readUpdatedAt} (null: none saved yet); false, writing nothing, when someone saved since.
     */
    boolean saveIfUnchanged(StoreSettings settings, java.time.Instant readUpdatedAt);

    /** The store's time zone, which every record is read in. */
    java.time.ZoneId storeZone();

    /** The saved settings, or the defaults in the store's time zone. */
    default StoreSettings current() {
        return find().orElse(StoreSettings.defaultsIn(storeZone()));
    }
}
