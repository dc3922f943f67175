package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderDay;
import app.orderdesk.backend.domain.PhoneNumbers;
import app.orderdesk.backend.port.CustomerDirectory;
import app.orderdesk.backend.port.DailyTotalsStore;
import java.time.ZoneId;

/**
 * What placing an order tells the back office besides starting its workflow: the caller goes into
 * the customer directory (created or updated), and the order is counted as placed on its store day
 * by the user who took it. Both writes are idempotent, so a retried place-order repeats them harmlessly.
 */
public class RecordPlacedOrder {

    private final CustomerDirectory customers;
    private final DailyTotalsStore totals;
    private final ZoneId storeZone;
    private final String callingCode;

    public RecordPlacedOrder(CustomerDirectory customers, DailyTotalsStore totals, ZoneId storeZone, String callingCode) {
        this.customers = customers;
        this.totals = totals;
        this.storeZone = storeZone;
        this.callingCode = callingCode;
    }

    /** Records nothing: for wiring that keeps no directory or totals (tests of other concerns). */
    public static RecordPlacedOrder nothing() {
        return new RecordPlacedOrder(null, null, ZoneId.of("UTC"), "1") {
            @Override
            public void execute(Order order, String placedBy) {
                // deliberately nothing
            }
        };
    }

    public void execute(Order order, String placedBy) {
        String email = order.customer().email();
        if (email != null) {
            String phone = PhoneNumbers.toE164(order.customer().phone(), callingCode).orElse(null);
            customers.remember(CustomerRecord.idFor(email), email, order.customer().name(), phone,
                    order.orderId(), order.createdAt());
        }
        totals.recordPlaced(OrderDay.of(order.createdAt(), storeZone), order.orderId(),
                placedBy == null ? "unknown" : placedBy);
    }
}
