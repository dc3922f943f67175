package app.orderdesk.backend.entrypoint.push;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ClosePushConnection;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The WebSocket API's {@code $disconnect} route (best effort in AWS: a function pushing a change also drops gone connections). */
public final class PushDisconnectHandler implements RequestStreamHandler {

    private final ClosePushConnection useCase;

    public PushDisconnectHandler() {
        this(Production.closePushConnection());
    }

    public PushDisconnectHandler(ClosePushConnection useCase) {
        this.useCase = useCase;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        useCase.execute(WebSocketEvents.connectionId(WebSocketEvents.read(input)));
        WebSocketEvents.answer(output, 200);
    }
}
