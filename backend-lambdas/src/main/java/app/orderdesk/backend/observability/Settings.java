package app.orderdesk.backend.observability;

import java.util.Optional;

/**
 * Reads a setting from the environment, then from a system property of the same name: the local
 * cloud runs every function in one JVM and publishes their environment as system properties.
 */
final class Settings {

    private Settings() {}

    static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
