package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.StoreSettings;

/** Renders the credit note document of one refund of an order, in the store's language, money and time zone. */
public interface CreditNoteRenderer {
    byte[] render(Order order, Refund refund, StoreSettings store);
}
