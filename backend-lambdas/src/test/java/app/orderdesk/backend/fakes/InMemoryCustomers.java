package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.port.CustomerDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** {@link CustomerDirectory} in memory; kept honest by CustomerDirectoryContract. */
public final class InMemoryCustomers implements CustomerDirectory {

    private final TreeMap<String, CustomerRecord> byId = new TreeMap<>();
    public final List<String> audit = new ArrayList<>();

    @Override
    public synchronized void remember(String id, String email, String name, String phone, String orderId, Instant at) {
        CustomerRecord old = byId.get(id);
        if (old != null && old.lastOrderAt() != null && old.lastOrderAt().isAfter(at)) {
            return;
        }
        byId.put(id, new CustomerRecord(id, email, name, phone != null ? phone : old == null ? null : old.phoneE164(),
                old == null || old.firstOrderAt() == null ? at : old.firstOrderAt(), at, orderId));
    }

    @Override
    public synchronized Optional<CustomerRecord> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<CustomerRecord> findByPhone(String phone, int limit) {
        return byId.values().stream().filter(c -> phone.equals(c.phoneE164()))
                .sorted(Comparator.comparing(CustomerRecord::lastOrderAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized boolean forget(String id) {
        return byId.remove(id) != null;
    }

    @Override
    public synchronized CustomerPage list(int limit, String startAfter) {
        var tail = startAfter == null ? byId : byId.tailMap(startAfter, false);
        List<CustomerRecord> page = tail.values().stream().limit(limit).toList();
        boolean more = tail.size() > limit;
        return new CustomerPage(page, more ? page.getLast().customerId() : null);
    }

    @Override
    public synchronized void auditErasure(String id, String actor, int orders, Instant at) {
        audit.add(id + " by " + actor + ": " + orders + " orders at " + at);
    }
}
