package app.orderdesk.backend.entrypoint.push;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The WebSocket API's {@code $default} route: desks send nothing but keep-alive pings (API Gateway
 * closes a socket idle for 10 minutes), which need no answer. It touches nothing, so it has no grants.
 */
public final class PushDefaultHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        WebSocketEvents.answer(output, 200);
    }
}
