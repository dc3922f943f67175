package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.CustomerRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The customer directory: one record per caller (keyed by the id derived from their email), found by
 * id or email with one read and by E.164 phone number with one query.
 */
public interface CustomerDirectory {

    /**
     * Creates or updates the caller from an order they placed: name and phone become the latest ones
     * given, the first order time is kept, the last order moves forward only. Repeating it changes nothing.
     */
    void remember(String customerId, String email, String name, String phoneE164, String orderId, Instant orderedAt);

    Optional<CustomerRecord> find(String customerId);

    /** Every customer with this phone number (several callers may share a household phone). */
    List<CustomerRecord> findByPhone(String phoneE164, int limit);

    /** Deletes the record; false when there was none. */
    boolean forget(String customerId);

    /** One page of every customer, for the managers' export; {@code startAfter} is the previous page's cursor. */
    CustomerPage list(int limit, String startAfter);

    /** Records an erasure: who erased which customer id and how many orders lost their personal fields. No personal data. */
    void auditErasure(String customerId, String actor, int ordersAnonymised, Instant at);

    record CustomerPage(List<CustomerRecord> items, String cursor) {
        public CustomerPage {
            items = List.copyOf(items);
        }
    }
}
