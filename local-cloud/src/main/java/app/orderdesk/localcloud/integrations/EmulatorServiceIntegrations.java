package app.orderdesk.localcloud.integrations;

import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import software.amazon.awssdk.services.sns.model.SnsException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optimised service integrations the workflow uses, done with real SDK calls to the emulators.
 * Only {@code sns:publish} exists today; anything else fails with a clear error rather than silently.
 */
public final class EmulatorServiceIntegrations implements ServiceIntegrations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsClient sns;

    public EmulatorServiceIntegrations(SnsClient sns) {
        this.sns = sns;
    }

    @Override
    public JsonNode call(String service, String action, JsonNode parameters) throws ServiceIntegrationException {
        if ("sns".equals(service) && "publish".equals(action)) {
            return publish(parameters);
        }
        throw new ServiceIntegrationException("States.Runtime",
                "The local cloud does not implement the service integration arn:aws:states:::" + service + ":" + action);
    }

    private JsonNode publish(JsonNode p) throws ServiceIntegrationException {
        PublishRequest.Builder request = PublishRequest.builder()
                .topicArn(text(p, "TopicArn"))
                .targetArn(text(p, "TargetArn"))
                .phoneNumber(text(p, "PhoneNumber"))
                .subject(text(p, "Subject"))
                .messageStructure(text(p, "MessageStructure"))
                .messageGroupId(text(p, "MessageGroupId"))
                .messageDeduplicationId(text(p, "MessageDeduplicationId"))
                .message(message(p.path("Message")));
        if (p.has("MessageAttributes")) {
            request.messageAttributes(attributes(p.get("MessageAttributes")));
        }
        try {
            PublishResponse response = sns.publish(request.build());
            ObjectNode result = JSON.createObjectNode();
            result.put("MessageId", response.messageId());
            if (response.sequenceNumber() != null) {
                result.put("SequenceNumber", response.sequenceNumber());
            }
            return result;
        } catch (SnsException e) {
            String name = e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
                    ? e.awsErrorDetails().errorCode() : e.getClass().getSimpleName();
            throw new ServiceIntegrationException("SNS." + exceptionName(name), e.getMessage());
        } catch (SdkException e) {
            // No answer at all (emulator down): Step Functions reports the SDK-level failure like this.
            throw new ServiceIntegrationException("SNS.SdkClientException", e.getMessage());
        }
    }

    /** A JSON object or array Message is sent as its JSON text, as Step Functions does. */
    static String message(JsonNode message) {
        if (message.isMissingNode() || message.isNull()) {
            return null;
        }
        return message.isTextual() ? message.asText() : message.toString();
    }

    private static Map<String, MessageAttributeValue> attributes(JsonNode attributes) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        attributes.properties().forEach(e -> {
            JsonNode a = e.getValue();
            values.put(e.getKey(), MessageAttributeValue.builder()
                    .dataType(a.path("DataType").asText("String"))
                    .stringValue(text(a, "StringValue"))
                    .build());
        });
        return values;
    }

    /** AWS error codes lack the suffix the SDK exception names carry: {@code NotFound} → {@code NotFoundException}. */
    static String exceptionName(String code) {
        return code.endsWith("Exception") ? code : code + "Exception";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
