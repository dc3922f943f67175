package app.orderdesk.backend.port;

import java.time.Instant;
import java.util.List;

/** The desks connected to the WebSocket API right now (the connections table). */
public interface PushConnections {

    void open(Connection connection);

    void close(String connectionId);

    List<Connection> all();

    /** A signed-in desk's socket; {@code expiresAt} is when API Gateway would have closed it anyway. */
    record Connection(String connectionId, String userId, String email, List<String> groups, Instant connectedAt, Instant expiresAt) {
        public Connection {
            groups = List.copyOf(groups);
        }
    }
}
