package app.orderdesk.localcloud.lambda;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One function's class loader: the artifact's class path (plus the local IAM enforcer), with the
 * platform class loader as parent so nothing from the local cloud's own class path is visible.
 * It supplies the function's environment to the backend's {@code Env} (through {@link Supplier}, a
 * JDK type, because the two sides share no class).
 */
public final class FunctionClassLoader extends URLClassLoader implements Supplier<Map<String, String>> {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, String> environment;

    public FunctionClassLoader(String functionName, List<Path> classPath, Map<String, String> environment) {
        super("lambda:" + functionName, urls(classPath), ClassLoader.getPlatformClassLoader());
        this.environment = environment; // read as is: an immutable map, or a test's recording one
    }

    /** The function's environment variables, as {@code System.getenv()} gives them in AWS. */
    @Override
    public Map<String, String> get() {
        return environment;
    }

    private static URL[] urls(List<Path> classPath) {
        return classPath.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(p.toString(), e);
            }
        }).toArray(URL[]::new);
    }
}
