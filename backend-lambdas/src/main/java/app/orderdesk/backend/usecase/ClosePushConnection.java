package app.orderdesk.backend.usecase;

import app.orderdesk.backend.port.PushConnections;

/** A desk's socket closed: forget it, so nothing is posted to it again. */
public final class ClosePushConnection {

    private final PushConnections connections;

    public ClosePushConnection(PushConnections connections) {
        this.connections = connections;
    }

    public void execute(String connectionId) {
        if (connectionId != null && !connectionId.isBlank()) {
            connections.close(connectionId);
        }
    }
}
