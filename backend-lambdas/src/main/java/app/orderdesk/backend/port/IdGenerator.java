package app.orderdesk.backend.port;

import java.util.UUID;

/** Makes new order ids; a port so tests can predict them. */
@FunctionalInterface
public interface IdGenerator {
    String newId();

    static IdGenerator uuids() {
        return () -> UUID.randomUUID().toString();
    }
}
