package app.orderdesk.desktop.infra;

import app.orderdesk.api.ApiJson;
import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.ui.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a deployed stack's outputs into a connection profile. Accepts the template's outputs as an
 * object ({@code {"Region": …, "UserPoolId": …, "UserPoolClientId": …, "ApiUrl": …}}), an array of
 * {@code {OutputKey, OutputValue}} ({@code sam list stack-outputs --output json}), the whole answer of
 * {@code describe-stacks}, or what {@code terraform output -json} writes
 * ({@code {"api_url": {"value": …, "type": "string", "sensitive": false}, …}}, snake_case names accepted).
 */
public final class StackOutputs {

    static final List<String> REQUIRED = List.of("ApiUrl", "UserPoolId", "UserPoolClientId");
    private static final ObjectMapper JSON = ApiJson.lenient();

    private StackOutputs() {}

    /** Parses {@code json}; throws {@link IllegalArgumentException} with a message people can act on. */
    public static ConnectionProfile parse(String json, String profileName) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.text("outputs.notJson"));
        }
        if (root == null) {
            throw new IllegalArgumentException(Messages.text("outputs.empty"));
        }
        Map<String, String> outputs = outputs(root);
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED) {
            if (blank(outputs.get(key))) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("outputs.lack", String.join(", ", missing)));
        }
        String region = outputs.get("Region");
        if (blank(region)) {
            // A user pool id starts with its region: "eu-west-1_AbC123".
            String pool = outputs.get("UserPoolId");
            int underscore = pool.indexOf('_');
            if (underscore <= 0) {
                throw new IllegalArgumentException(Messages.text("outputs.lack", "Region"));
            }
            region = pool.substring(0, underscore);
        }
        return new ConnectionProfile(profileName, region.strip(), outputs.get("ApiUrl").strip(),
                outputs.get("UserPoolId").strip(), outputs.get("UserPoolClientId").strip(), null,
                // live updates: a stack without the WebSocket API (older outputs) leaves it null, and the app polls
                outputs.get("PushUrl") == null || outputs.get("PushUrl").isBlank() ? null : outputs.get("PushUrl").strip());
    }

    private static Map<String, String> outputs(JsonNode root) {
        if (root.has("Stacks") && root.get("Stacks").isArray() && !root.get("Stacks").isEmpty()) {
            return outputs(root.get("Stacks").get(0));
        }
        if (root.has("Outputs")) {
            return outputs(root.get("Outputs"));
        }
        Map<String, String> values = new HashMap<>();
        if (root.isArray()) {
            for (JsonNode output : root) {
                if (output.hasNonNull("OutputKey") && output.hasNonNull("OutputValue")) {
                    values.put(output.get("OutputKey").asText(), output.get("OutputValue").asText());
                }
            }
            return values;
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException(Messages.text("outputs.shape"));
        }
        root.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isObject() && value.has("value") && value.get("value").isValueNode()) {
                value = value.get("value"); // terraform output -json
            }
            if (value.isValueNode()) {
                values.put(pascalCase(field.getKey()), value.asText());
            }
        });
        return values;
    }

    /** {@code user_pool_id} → {@code UserPoolId} (Terraform names outputs in snake_case); others unchanged. */
    static String pascalCase(String name) {
        if (!name.contains("_") && !name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
