package app.orderdesk.backend.usecase;

import app.orderdesk.api.CustomerView;
import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.errors.ValidationFailedException;

/** The customer directory's records as the API shows them, and the id check every customer route makes. */
final class CustomerViews {

    private CustomerViews() {}

    static CustomerView toView(CustomerRecord c) {
        return new CustomerView(c.customerId(), c.email(), c.name(), c.phoneE164(), c.firstOrderAt(), c.lastOrderAt());
    }

    static String requireId(String id) {
        if (!CustomerRecord.isWellFormedId(id)) {
            throw new ValidationFailedException("id", "not a valid customer id");
        }
        return id;
    }
}
