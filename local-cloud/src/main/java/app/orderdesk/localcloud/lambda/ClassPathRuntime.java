package app.orderdesk.localcloud.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.lang.reflect.InvocationTargetException;

/** Handlers from the local cloud's own class path, sharing its environment: for unit tests of the invoker only. */
public final class ClassPathRuntime implements FunctionRuntime {

    @Override
    public Handler start(FunctionDefinition function) throws Throwable {
        try {
            Class<?> type = Class.forName(function.handlerClass());
            RequestStreamHandler handler = (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
            return handler::handleRequest;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
