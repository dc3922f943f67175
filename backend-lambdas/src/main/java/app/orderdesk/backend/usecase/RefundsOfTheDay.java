package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.OrderDay;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.port.DailyTotalsStore;
import java.time.ZoneId;

/**
 * Counts a refund whose money moved (refunded or credited) on the store day it was made, for the dashboard's
 * "Refunds today" tile. Counted apart from the order's day, which refunds never re-count (ADR 0070); once per refund
 * however often a retried request finishes it.
 */
public final class RefundsOfTheDay {

    private final DailyTotalsStore totals;
    private final ZoneId storeZone;

    public RefundsOfTheDay(DailyTotalsStore totals, ZoneId storeZone) {
        this.totals = totals;
        this.storeZone = storeZone;
    }

    public void count(Refund refund) {
        if (refund.state() == Refund.State.REFUNDED || refund.state() == Refund.State.CREDITED) {
            totals.recordRefund(OrderDay.of(refund.createdAt(), storeZone), refund.refundId(), refund.amount().cents());
        }
    }
}
