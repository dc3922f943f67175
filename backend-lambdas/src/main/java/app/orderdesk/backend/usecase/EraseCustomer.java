package app.orderdesk.backend.usecase;

import app.orderdesk.api.CustomerErasureView;
import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.CustomerDirectory;
import app.orderdesk.backend.port.OrderErasure;
import java.time.Clock;

/**
 * DELETE /customers/{id} (managers): erases a customer. Their orders stay (the books need them) but
 * lose email, phone, name and payment token; the erasure goes into the audit trail (who, when, how
 * many orders, no personal data); then the directory record goes. Orders first, record last: a
 * crash in between leaves the record, so repeating the request finishes the job. Once erased, the
 * id is unknown (404) and nothing changes.
 */
public final class EraseCustomer {

    private final CustomerDirectory customers;
    private final OrderErasure orders;
    private final Clock clock;

    public EraseCustomer(CustomerDirectory customers, OrderErasure orders, Clock clock) {
        this.customers = customers;
        this.orders = orders;
        this.clock = clock;
    }

    public CustomerErasureView execute(String customerId, String actor) {
        String id = CustomerViews.requireId(customerId);
        CustomerRecord customer = customers.find(id)
                .orElseThrow(() -> new NotFoundException("CUSTOMER_NOT_FOUND", "No customer " + id + "."));
        int anonymised = orders.anonymiseOrdersOf(customer.email());
        customers.auditErasure(id, actor, anonymised, clock.instant());
        customers.forget(id);
        return new CustomerErasureView(id, anonymised);
    }
}
