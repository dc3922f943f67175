package app.orderdesk.backend.port;

import java.time.Instant;

/** Sends one update down one WebSocket connection ({@code @connections} of the WebSocket API). */
public interface PushChannel {

    /** False when the connection is gone (the desk went away without a clean disconnect). */
    boolean send(String connectionId, Message message);

    /** What a desk receives; the wire form is the api's {@code LiveUpdate} (same field names). */
    record Message(String type, String orderId, String status, String productId, Instant at) {}
}
