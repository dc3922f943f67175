package app.orderdesk.localcloud.stepfunctions.conformance;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The corpus's fake SNS topics and DynamoDB tables (README sections 5.2 and 5.3). */
public final class StubServiceIntegrations implements ServiceIntegrations {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    private static final Pattern SET_EXPRESSION = Pattern.compile("(?i)\\s*set\\s+(\\S+)\\s*=\\s*(:\\S+)\\s*");

    private final Map<String, Boolean> topics = new HashMap<>();
    private final Map<String, String> partitionKeys = new HashMap<>();
    private final Map<String, Map<String, ObjectNode>> tables = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong(10_000_000_000_000_000L);

    public StubServiceIntegrations(JsonNode stubs) {
        stubs.path("sns").forEach(t -> topics.put(t.get("topicArn").asText(), t.path("fifo").asBoolean()));
        stubs.path("dynamodb").forEach(t -> {
            String table = t.get("table").asText();
            partitionKeys.put(table, t.get("partitionKey").asText());
            Map<String, ObjectNode> items = new HashMap<>();
            t.path("initialItems").forEach(item -> items.put(keyOf(item, t.get("partitionKey").asText()), (ObjectNode) item));
            tables.put(table, items);
        });
    }

    @Override
    public JsonNode call(String service, String action, JsonNode parameters) throws ServiceIntegrationException {
        return switch (service + ":" + action) {
            case "sns:publish" -> publish(parameters);
            case "dynamodb:putItem" -> putItem(parameters);
            case "dynamodb:getItem" -> getItem(parameters);
            case "dynamodb:updateItem" -> updateItem(parameters);
            case "dynamodb:deleteItem" -> deleteItem(parameters);
            default -> throw new ServiceIntegrationException("States.Runtime", "Unsupported integration " + service + ":" + action);
        };
    }

    private JsonNode publish(JsonNode parameters) throws ServiceIntegrationException {
        String topic = parameters.path("TopicArn").asText();
        Boolean fifo = topics.get(topic);
        if (fifo == null) {
            throw new ServiceIntegrationException("SNS.NotFoundException",
                    "Topic does not exist (Service: AmazonSNS; Status Code: 404; Error Code: NotFound; Request ID: "
                            + UUID.randomUUID() + "; Proxy: null)");
        }
        ObjectNode result = Json.object().put("MessageId", UUID.randomUUID().toString());
        if (fifo) {
            if (!parameters.hasNonNull("MessageGroupId")) {
                throw new ServiceIntegrationException("SNS.InvalidParameterException",
                        "Invalid parameter: The MessageGroupId parameter is required for FIFO topics (Service: AmazonSNS; "
                                + "Status Code: 400; Error Code: InvalidParameter; Request ID: " + UUID.randomUUID()
                                + "; Proxy: null)");
            }
            result.put("SequenceNumber", String.valueOf(sequence.incrementAndGet()));
        }
        return result;
    }

    private JsonNode putItem(JsonNode parameters) throws ServiceIntegrationException {
        JsonNode item = parameters.get("Item");
        if (item == null || item.isNull()) {
            throw validation("Value null at 'item' failed to satisfy constraint: Member must not be null");
        }
        Map<String, ObjectNode> table = table(parameters);
        table.put(keyOf(item, partitionKeys.get(parameters.get("TableName").asText())), (ObjectNode) item.deepCopy());
        return Json.object();
    }

    private JsonNode getItem(JsonNode parameters) throws ServiceIntegrationException {
        Map<String, ObjectNode> table = table(parameters);
        ObjectNode item = table.get(keyOf(parameters.path("Key"), partitionKeys.get(parameters.get("TableName").asText())));
        ObjectNode result = Json.object();
        if (item != null) {
            result.set("Item", item);
        }
        return result;
    }

    private JsonNode updateItem(JsonNode parameters) throws ServiceIntegrationException {
        Map<String, ObjectNode> table = table(parameters);
        String partitionKey = partitionKeys.get(parameters.get("TableName").asText());
        String key = keyOf(parameters.path("Key"), partitionKey);
        ObjectNode item = table.computeIfAbsent(key, k -> ((ObjectNode) parameters.path("Key")).deepCopy());
        ObjectNode attributes = Json.object();
        Matcher matcher = SET_EXPRESSION.matcher(parameters.path("UpdateExpression").asText());
        if (matcher.matches()) {
            JsonNode value = parameters.path("ExpressionAttributeValues").get(matcher.group(2));
            item.set(matcher.group(1), value);
            attributes.set(matcher.group(1), value);
        }
        return Json.object().set("Attributes", attributes);
    }

    private JsonNode deleteItem(JsonNode parameters) throws ServiceIntegrationException {
        Map<String, ObjectNode> table = table(parameters);
        table.remove(keyOf(parameters.path("Key"), partitionKeys.get(parameters.get("TableName").asText())));
        return Json.object();
    }

    private Map<String, ObjectNode> table(JsonNode parameters) throws ServiceIntegrationException {
        String name = parameters.path("TableName").asText();
        if (!TABLE_NAME.matcher(name).matches()) {
            throw validation("Value '" + name + "' at 'tableName' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        Map<String, ObjectNode> table = tables.get(name);
        if (table == null) {
            throw new ServiceIntegrationException("DynamoDB.ResourceNotFoundException",
                    "Requested resource not found (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: "
                            + "ResourceNotFoundException; Request ID: " + requestId() + "; Proxy: null)");
        }
        return table;
    }

    private static ServiceIntegrationException validation(String message) {
        return new ServiceIntegrationException("DynamoDB.AmazonDynamoDBException", "1 validation error detected: "
                + message + " (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ValidationException; Request ID: "
                + requestId() + "; Proxy: null)");
    }

    private static String requestId() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }

    private static String keyOf(JsonNode item, String partitionKey) {
        return Json.write(item.path(partitionKey));
    }
}
