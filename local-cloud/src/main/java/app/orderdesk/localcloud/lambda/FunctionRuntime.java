package app.orderdesk.localcloud.lambda;

import com.amazonaws.services.lambda.runtime.Context;

import java.io.InputStream;
import java.io.OutputStream;

/** How the invoker gets a function's handler: from the deployment artifact, or (unit tests) this class path. */
public interface FunctionRuntime extends AutoCloseable {

    /** Builds the function's handler, as Lambda's init phase does; constructor failures propagate as they are. */
    Handler start(FunctionDefinition function) throws Throwable;

    /** One built handler. */
    interface Handler {
        void handleRequest(InputStream input, OutputStream output, Context context) throws Throwable;
    }

    @Override
    default void close() {}
}
