package app.orderdesk.backend.usecase;

import app.orderdesk.backend.port.IdTokenVerifier;
import app.orderdesk.backend.port.PushConnections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A desk opens its live-updates socket: the ID token it sent must pass the same checks as on the REST
 * API, then the connection is remembered until API Gateway's two-hour limit (the table's TTL removes
 * it if no disconnect ever arrives) and joins its user's topic, so the orders that user places are
 * pushed to it without a subscription per order.
 */
public final class OpenPushConnection {

    /** API Gateway closes a WebSocket connection after two hours at most. */
    static final Duration MAX_CONNECTION = Duration.ofHours(2);

    private final IdTokenVerifier tokens;
    private final PushConnections connections;
    private final Clock clock;

    public OpenPushConnection(IdTokenVerifier tokens, PushConnections connections, Clock clock) {
        this.tokens = tokens;
        this.connections = connections;
        this.clock = clock;
    }

    /** True when the connection was accepted; false (refuse the upgrade) for a missing or invalid token. */
    public boolean execute(String connectionId, String idToken) {
        if (connectionId == null || connectionId.isBlank() || idToken == null || idToken.isBlank()) {
            return false;
        }
        Optional<IdTokenVerifier.VerifiedUser> user = tokens.verify(idToken);
        if (user.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        // The user's own orders reach this desk from its first moment, with no subscribe per order (ADR 0037):
        // stored before the upgrade is answered, so no change after the socket opens can miss it.
        connections.open(new PushConnections.Connection(connectionId, user.get().userId(), user.get().email(),
                user.get().groups(), now, now.plus(MAX_CONNECTION)), Set.of(PushTopics.user(user.get().userId())), now);
        return true;
    }
}
