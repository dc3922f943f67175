package app.orderdesk.desktop.client;

import app.orderdesk.api.OrderStatus;
import java.time.Instant;

/** Parameters of {@code GET /orders}; null members are left out of the query string. */
public record OrderQuery(String orderNumber, String email, String phone, OrderStatus status,
                         Instant from, Instant to, Integer limit, String nextToken) {

    /** The same search, one page further on. */
    public OrderQuery withNextToken(String token) {
        return new OrderQuery(orderNumber, email, phone, status, from, to, limit, token);
    }
}
