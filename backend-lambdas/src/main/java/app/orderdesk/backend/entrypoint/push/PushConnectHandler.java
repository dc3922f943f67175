package app.orderdesk.backend.entrypoint.push;

import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.OpenPushConnection;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The WebSocket API's {@code $connect} route: the desk passes its Cognito ID token as the {@code token}
 * query parameter (a WebSocket upgrade cannot carry an Authorization header from a browser, and the
 * desk uses the same form). Anything but 200 makes API Gateway refuse the upgrade.
 */
public final class PushConnectHandler implements RequestStreamHandler {

    private final OpenPushConnection useCase;

    public PushConnectHandler() {
        this(Production.openPushConnection());
    }

    public PushConnectHandler(OpenPushConnection useCase) {
        this.useCase = useCase;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = WebSocketEvents.read(input);
        String token = event.path("queryStringParameters").path("token").asText(null);
        boolean accepted = useCase.execute(WebSocketEvents.connectionId(event), token);
        WebSocketEvents.answer(output, accepted ? 200 : 401);
    }
}
