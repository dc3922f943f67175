package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.Order;
import java.util.Optional;

/** Stores orders; every write is conditional so concurrent or repeated steps cannot corrupt the record. */
public interface OrderRepository {

    Optional<Order> find(String orderId);

    /** Writes a new order unless one with its id exists; returns false when it already existed. */
    boolean create(Order order);

    /** Applies the update if its conditions hold; returns false when they did not (nothing changed). */
    boolean update(OrderUpdate update);
}
