package app.orderdesk.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The SAM template and the workflow definition, loaded once for the policy tests. */
final class Template {

    static final Path INFRA_DIR = locateInfraDir();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    final JsonNode root;
    final JsonNode workflow;

    private Template(JsonNode root, JsonNode workflow) {
        this.root = root;
        this.workflow = workflow;
    }

    static Template load() {
        try {
            return new Template(
                    YAML.readTree(INFRA_DIR.resolve("template.yaml").toFile()),
                    JSON.readTree(INFRA_DIR.resolve("statemachine/order-workflow.asl.json").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        root.path("Resources").properties().forEach(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                found.put(e.getKey(), e.getValue());
            }
        });
        return found;
    }

    JsonNode resource(String logicalId) {
        return root.path("Resources").path(logicalId);
    }

    private static Path locateInfraDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("template.yaml")) && p.getFileName().toString().equals("infra")) {
                return p;
            }
            if (Files.exists(p.resolve("infra/template.yaml"))) {
                return p.resolve("infra");
            }
        }
        throw new IllegalStateException("infra/template.yaml not found above " + dir);
    }
}
