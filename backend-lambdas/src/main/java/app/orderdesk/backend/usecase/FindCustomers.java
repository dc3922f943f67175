package app.orderdesk.backend.usecase;

import app.orderdesk.api.CustomerView;
import app.orderdesk.backend.domain.ContactRules;
import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.domain.PhoneNumbers;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.CustomerDirectory;
import java.util.List;

/**
 * GET /customers?phone=… or ?email=…: the directory's callers with that phone number (normalised to
 * E.164 the way orders are filed) or that email. One read either way; exactly one of the two is given.
 */
public final class FindCustomers {

    static final int MAX_MATCHES = 20;

    private final CustomerDirectory customers;
    private final String callingCode;

    public FindCustomers(CustomerDirectory customers, String callingCode) {
        this.customers = customers;
        this.callingCode = callingCode;
    }

    public List<CustomerView> execute(String phone, String email) {
        boolean byPhone = phone != null && !phone.isBlank();
        boolean byEmail = email != null && !email.isBlank();
        if (byPhone == byEmail) {
            throw new ValidationFailedException(byPhone ? "email" : "phone", "give either phone or email");
        }
        if (byPhone) {
            String e164 = PhoneNumbers.toE164(phone, callingCode)
                    .orElseThrow(() -> new ValidationFailedException("phone", "not a valid phone number"));
            return customers.findByPhone(e164, MAX_MATCHES).stream().map(CustomerViews::toView).toList();
        }
        String normalised = ContactRules.normaliseEmail(email);
        if (!ContactRules.isValidEmail(normalised)) {
            throw new ValidationFailedException("email", "not a valid email address");
        }
        return customers.find(CustomerRecord.idFor(normalised)).map(CustomerViews::toView).stream().toList();
    }
}
