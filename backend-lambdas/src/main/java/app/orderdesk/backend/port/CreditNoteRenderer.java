package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.Refund;

/** Renders the credit note document of one refund of an order. */
public interface CreditNoteRenderer {
    byte[] render(Order order, Refund refund);
}
