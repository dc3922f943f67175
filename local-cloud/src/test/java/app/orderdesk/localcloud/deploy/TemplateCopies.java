package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.emulators.RepositoryLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;

/** In-memory copies of the real infra/template.yaml with one thing taken away (the file is never touched). */
public final class TemplateCopies {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private TemplateCopies() {}

    public static SamTemplate real() {
        return SamTemplate.load(templateFile());
    }

    /** The template with {@code action} removed from the statements of {@code function} that name {@code resource}. */
    public static SamTemplate withoutAction(String function, String action, String resourceLogicalId) {
        ObjectNode root = read();
        int removed = 0;
        for (JsonNode policy : root.path("Resources").path(function).path("Properties").path("Policies")) {
            for (JsonNode statement : policy.path("Statement")) {
                if (statement.path("Resource").toString().contains("\"" + resourceLogicalId + "\"")) {
                    Iterator<JsonNode> actions = ((ArrayNode) statement.get("Action")).elements();
                    while (actions.hasNext()) {
                        if (actions.next().asText().equals(action)) {
                            actions.remove();
                            removed++;
                        }
                    }
                }
            }
        }
        if (removed == 0) {
            throw new IllegalArgumentException(function + " has no " + action + " on " + resourceLogicalId + " to remove");
        }
        return copy(root);
    }

    /** The template with the environment variable {@code name} removed from {@code function}'s own entry. */
    public static SamTemplate withoutVariable(String function, String name) {
        ObjectNode root = read();
        JsonNode variables = root.path("Resources").path(function).path("Properties").path("Environment").path("Variables");
        if (!(variables instanceof ObjectNode own) || own.remove(name) == null) {
            throw new IllegalArgumentException(function + " sets no " + name + " of its own");
        }
        return copy(root);
    }

    private static Path templateFile() {
        return RepositoryLayout.locate().template();
    }

    private static ObjectNode read() {
        try {
            return (ObjectNode) YAML.readTree(templateFile().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SamTemplate copy(ObjectNode root) {
        try {
            return SamTemplate.parse(YAML.writeValueAsString(root), templateFile().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
