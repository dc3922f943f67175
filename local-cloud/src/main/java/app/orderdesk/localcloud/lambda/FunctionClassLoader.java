package app.orderdesk.localcloud.lambda;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One function's class loader: the artifact's class path (plus the local IAM enforcer), with the
 * platform class loader as parent so nothing from the local cloud's own class path is visible.
 * It supplies the function's environment to the backend's {@code Env} (through {@link Supplier}, a
 * JDK type, because the two sides share no class), and takes the lines the SDK call reporter in the
 * function sends ({@link Consumer}, for the same reason) into the local cloud's {@link SdkCallLog}.
 */
public final class FunctionClassLoader extends URLClassLoader implements Supplier<Map<String, String>>, Consumer<String> {

    static {
        registerAsParallelCapable();
    }

    private final String functionName;
    private final Map<String, String> environment;
    private final SdkCallLog calls;

    public FunctionClassLoader(String functionName, List<Path> classPath, Map<String, String> environment) {
        this(functionName, classPath, environment, null);
    }

    public FunctionClassLoader(String functionName, List<Path> classPath, Map<String, String> environment, SdkCallLog calls) {
        super("lambda:" + functionName, urls(classPath), ClassLoader.getPlatformClassLoader());
        this.functionName = functionName;
        this.environment = environment; // read as is: an immutable map, or a test's recording one
        this.calls = calls;
    }

    /** One SDK request the function sent, as the reporter describes it. */
    @Override
    public void accept(String call) {
        if (calls != null) {
            calls.record(functionName, call);
        }
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
