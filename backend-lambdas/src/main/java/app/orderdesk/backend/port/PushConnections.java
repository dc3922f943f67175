package app.orderdesk.backend.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desks connected to the WebSocket API right now and what each one shows: its subscriptions, by
 * topic ({@code order#<id>}, {@code orders}, {@code stock}; see {@code PushTopics}).
 */
public interface PushConnections {

    void open(Connection connection);

    /** Opens the connection already subscribed to {@code topics} (its user's topic), as one step of {@code $connect}. */
    default void open(Connection connection, Set<String> topics, Instant now) {
        open(connection);
        subscribe(connection.connectionId(), topics, now);
    }

    /** Forgets the connection and every subscription it had. */
    void close(String connectionId);

    /**
     * Adds {@code topics} to an open connection's subscriptions; stored (and readable by
     * {@link #subscribers}) when it returns. False when the connection is not known (closed meanwhile).
     */
    boolean subscribe(String connectionId, Set<String> topics, Instant now);

    void unsubscribe(String connectionId, Set<String> topics);

    /** Who is subscribed to each of {@code topics} (strongly consistent: a subscribe that returned is seen). */
    Map<String, Set<String>> subscribers(Set<String> topics);

    /** A signed-in desk's socket; {@code expiresAt} is when API Gateway would have closed it anyway. */
    record Connection(String connectionId, String userId, String email, List<String> groups, Instant connectedAt, Instant expiresAt) {
        public Connection {
            groups = List.copyOf(groups);
        }
    }
}
