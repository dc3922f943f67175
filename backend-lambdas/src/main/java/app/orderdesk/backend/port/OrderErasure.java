package app.orderdesk.backend.port;

/** Removes a customer's personal fields from their orders; the orders themselves stay (bookkeeping). */
public interface OrderErasure {

    /** Anonymises every order placed with {@code email}; returns how many orders it changed. Repeating it changes nothing. */
    int anonymiseOrdersOf(String email);
}
