package app.orderdesk.backend.env;


import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads configuration by name from the function's environment. In AWS that is the process
 * environment. The local cloud runs every function in its own class loader (its own copy of this
 * class), and that loader supplies the function's environment from the template: so a variable the
 * template does not set for a function is missing here, locally as in AWS.
 */
public final class Env {

    private static final Map<String, String> ENVIRONMENT = environment();

    private Env() {}

    public static Optional<String> optional(String name) {
        String value = ENVIRONMENT.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException("Missing configuration " + name));
    }

    public static long number(String name, long fallback) {
        return optional(name).map(Long::parseLong).orElse(fallback);
    }

    /** A JDK type on purpose: the local cloud's class loader and this class share nothing else. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> environment() {
        if (Env.class.getClassLoader() instanceof Supplier<?> functionEnvironment
                && functionEnvironment.get() instanceof Map<?, ?> variables) {
            return (Map<String, String>) variables;
        }
        return System.getenv();
    }
}
