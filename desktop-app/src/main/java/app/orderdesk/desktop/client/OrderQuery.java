package app.orderdesk.desktop.client;

import app.orderdesk.api.OrderStatus;
import java.time.Instant;

/**
 * Parameters of {@code GET /orders}; null members are left out of the query string. {@code paymentOutstanding} asks for
 * the orders paid on delivery whose payment is not recorded yet ({@code payment=OUTSTANDING}, ADR 0073).
 */
public record OrderQuery(String orderNumber, String email, String phone, OrderStatus status,
                         Instant from, Instant to, Integer limit, String nextToken, boolean paymentOutstanding) {

    /** A search that does not ask about payments. */
    public OrderQuery(String orderNumber, String email, String phone, OrderStatus status, Instant from, Instant to,
                      Integer limit, String nextToken) {
        this(orderNumber, email, phone, status, from, to, limit, nextToken, false);
    }

    /** The same search, one page further on. */
    public OrderQuery withNextToken(String token) {
        return new OrderQuery(orderNumber, email, phone, status, from, to, limit, token, paymentOutstanding);
    }
}
