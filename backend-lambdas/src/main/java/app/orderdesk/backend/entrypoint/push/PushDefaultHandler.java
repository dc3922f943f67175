package app.orderdesk.backend.entrypoint.push;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.ApiJson;
import app.orderdesk.api.LiveSubscription;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.SubscribeToPush;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The WebSocket API's {@code $default} route (a two-way route: its answer's {@code body} goes back down
 * the socket). A desk says what it shows, {@code {"action":"subscribe"|"unsubscribe","orders":[…],
 * "topics":[…]}}, and is answered {@code SUBSCRIBED} once it is stored; bad input is answered 400 with the
 * API's error shape naming the field. Keep-alive pings (API Gateway closes a socket idle for 10 minutes)
 * get no answer.
 */
public final class PushDefaultHandler implements RequestStreamHandler {

    private static final ObjectMapper WIRE = ApiJson.lenient();
    private final SubscribeToPush useCase;

    public PushDefaultHandler() {
        this(Production.subscribeToPush());
    }

    public PushDefaultHandler(SubscribeToPush useCase) {
        this.useCase = useCase;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = WebSocketEvents.read(input);
        LiveSubscription request;
        try {
            request = WIRE.readValue(event.path("body").asText(""), LiveSubscription.class);
        } catch (IOException | RuntimeException e) {
            WebSocketEvents.answer(output, 400, WIRE.writeValueAsString(new ApiError("VALIDATION_FAILED",
                    "the message is not a subscription", List.of(new ApiError.Detail("body", "not JSON of the expected shape")))));
            return;
        }
        switch (useCase.execute(WebSocketEvents.connectionId(event), request)) {
            case SubscribeToPush.Answered a -> WebSocketEvents.answer(output, 200, WIRE.writeValueAsString(a.answer()));
            case SubscribeToPush.Refused r -> WebSocketEvents.answer(output, 400, WIRE.writeValueAsString(new ApiError("VALIDATION_FAILED",
                    r.message(), List.of(new ApiError.Detail(r.field(), r.message())))));
            case SubscribeToPush.Ignored i -> WebSocketEvents.answer(output, 200);
        }
    }
}
