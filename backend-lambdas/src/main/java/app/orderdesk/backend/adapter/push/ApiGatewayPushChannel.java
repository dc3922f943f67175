package app.orderdesk.backend.adapter.push;

import app.orderdesk.api.ApiJson;
import app.orderdesk.backend.port.PushChannel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/**
 * Posts to {@code @connections/{id}} of the WebSocket API (the client's endpoint is the API's stage
 * URL). {@code GoneException} (410) means the desk is no longer connected.
 */
public final class ApiGatewayPushChannel implements PushChannel {

    private static final ObjectMapper JSON = ApiJson.lenient();

    private final ApiGatewayManagementApiClient client;

    public ApiGatewayPushChannel(ApiGatewayManagementApiClient client) {
        this.client = client;
    }

    @Override
    public boolean send(String connectionId, Message message) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a push message must serialise", e);
        }
        try {
            client.postToConnection(r -> r.connectionId(connectionId).data(SdkBytes.fromByteArray(body)));
            return true;
        } catch (GoneException e) {
            return false;
        }
    }
}
