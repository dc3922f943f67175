package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Creates each {@code AWS::Serverless::StateMachine} from its ASL file with {@code DefinitionSubstitutions} applied. */
final class StateMachineDeployer {

    private final StateMachineRegistry registry;

    StateMachineDeployer(StateMachineRegistry registry) {
        this.registry = registry;
    }

    /** Logical id → state machine ARN. */
    Map<String, String> deploy(SamTemplate template, LocalResourceNames names, IntrinsicResolver resolver) {
        Map<String, String> machines = new LinkedHashMap<>();
        template.resourcesOfType("AWS::Serverless::StateMachine").forEach((logicalId, resource) -> {
            JsonNode properties = resource.path("Properties");
            String name = properties.path("Name").asText(logicalId);
            String definition = substitute(definitionText(template, logicalId, properties),
                    resolver.resolve(properties.path("DefinitionSubstitutions")));
            String roleArn = "arn:aws:iam::" + LocalResourceNames.ACCOUNT + ":role/" + logicalId + "Role";
            String arn = registry.create(name, definition, roleArn, properties.path("Type").asText("STANDARD"));
            names.register(logicalId, arn, Map.of("Arn", arn, "Name", name));
            machines.put(logicalId, arn);
        });
        return machines;
    }

    private static String definitionText(SamTemplate template, String logicalId, JsonNode properties) {
        if (properties.has("Definition")) {
            return properties.get("Definition").toString();
        }
        Path file = template.directory().resolve(properties.path("DefinitionUri").asText());
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("state machine " + logicalId + ": cannot read " + file, e);
        }
    }

    /** Replaces {@code ${Name}} as SAM does: plain text substitution before the JSON is parsed. */
    static String substitute(String definition, JsonNode substitutions) {
        String result = definition;
        for (Map.Entry<String, JsonNode> e : substitutions.properties()) {
            result = result.replace("${" + e.getKey() + "}", e.getValue().asText());
        }
        return result;
    }
}
