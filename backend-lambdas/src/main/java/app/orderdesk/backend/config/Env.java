package app.orderdesk.backend.config;

import java.util.Optional;

/**
 * Reads configuration by name from the environment, falling back to a system property of the same
 * name: the local cloud runs handlers in-process and sets system properties instead.
 */
public final class Env {

    private Env() {}

    public static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException("Missing configuration " + name));
    }

    public static long number(String name, long fallback) {
        return optional(name).map(Long::parseLong).orElse(fallback);
    }
}
