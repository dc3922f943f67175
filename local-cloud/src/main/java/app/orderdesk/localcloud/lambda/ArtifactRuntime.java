package app.orderdesk.localcloud.lambda;

import com.amazonaws.services.lambda.runtime.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs every function from the deployment artifact as Lambda does: its own class loader over the
 * artifact's class path (parent: the platform loader), its own environment, the handler's no-arg
 * constructor as init phase, and the loader as thread context class loader while it runs. The
 * handler and its {@code Context} are the artifact's own types, so they are reached reflectively.
 */
public final class ArtifactRuntime implements FunctionRuntime {

    /** What one function runs with: the class path (artifact, then local additions) and the environment. */
    public record FunctionSetup(List<Path> classPath, Map<String, String> environment) {
        public FunctionSetup {
            classPath = List.copyOf(classPath);
            environment = Map.copyOf(environment);
        }
    }

    private final Map<String, FunctionSetup> setups;
    private final List<FunctionClassLoader> loaders = new CopyOnWriteArrayList<>();
    private final SdkCallLog calls;

    public ArtifactRuntime(Map<String, FunctionSetup> setups) {
        this(setups, new SdkCallLog());
    }

    public ArtifactRuntime(Map<String, FunctionSetup> setups, SdkCallLog calls) {
        this.setups = Map.copyOf(setups);
        this.calls = calls;
    }

    @Override
    public Handler start(FunctionDefinition function) throws Throwable {
        FunctionSetup setup = setups.get(function.name());
        if (setup == null) {
            throw new IllegalStateException("no deployment for function " + function.name());
        }
        FunctionClassLoader loader = new FunctionClassLoader(function.name(), setup.classPath(), setup.environment(), calls);
        loaders.add(loader);
        return withContextLoader(loader, () -> build(loader, function.handlerClass()));
    }

    private static Handler build(FunctionClassLoader loader, String handlerClass) throws Throwable {
        Class<?> type = Class.forName(handlerClass, true, loader);
        Class<?> contextType = loader.loadClass(Context.class.getName());
        Method handleRequest;
        try {
            handleRequest = type.getMethod("handleRequest", InputStream.class, OutputStream.class, contextType);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(handlerClass + " is not a RequestStreamHandler; the local cloud runs stream handlers only", e);
        }
        Object handler;
        try {
            handler = type.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        Class<?> loggerType = loader.loadClass("com.amazonaws.services.lambda.runtime.LambdaLogger");
        return (input, output, context) -> withContextLoader(loader, () -> {
            try {
                return handleRequest.invoke(handler, input, output, proxy(loader, contextType, context, loggerType));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** The artifact's {@code Context} interface, answered by our context (same method names). */
    private static Object proxy(ClassLoader loader, Class<?> contextType, Context context, Class<?> loggerType) {
        Object logger = Proxy.newProxyInstance(loader, new Class<?>[] {loggerType}, (p, method, args) -> {
            if (method.getName().equals("log") && args != null && args.length >= 1) {
                if (args[0] instanceof byte[] bytes) {
                    context.getLogger().log(bytes);
                } else {
                    context.getLogger().log(String.valueOf(args[0]));
                }
                return null;
            }
            return objectMethod(p, method, args, "LambdaLogger");
        });
        InvocationHandler answers = (p, method, args) -> switch (method.getName()) {
            case "getLogger" -> logger;
            case "getIdentity", "getClientContext" -> null;
            case "toString", "hashCode", "equals" -> objectMethod(p, method, args, "Context");
            default -> Context.class.getMethod(method.getName()).invoke(context);
        };
        return Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, answers);
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, String what) {
        return switch (method.getName()) {
            case "toString" -> "local " + what;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(what + "." + method.getName());
        };
    }

    private interface Body<T> {
        T run() throws Throwable;
    }

    private static <T> T withContextLoader(ClassLoader loader, Body<T> body) throws Throwable {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return body.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() {
        for (FunctionClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                System.err.println("[local-cloud] closing the class loader of " + loader.getName() + ": " + e);
            }
        }
        loaders.clear();
    }
}
