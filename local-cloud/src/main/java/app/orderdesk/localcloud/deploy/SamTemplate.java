package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The SAM template as a JSON tree, with the few look-ups the local deployment needs. */
public final class SamTemplate {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode root;
    private final Path directory;
    private volatile String contentHash;

    private SamTemplate(JsonNode root, Path directory) {
        this.root = root;
        this.directory = directory;
    }

    public static SamTemplate load(Path file) {
        try {
            return new SamTemplate(YAML.readTree(file.toFile()), file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SAM template " + file, e);
        }
    }

    /** For tests: a template given as YAML text; relative files resolve against {@code directory}. */
    public static SamTemplate parse(String yaml, Path directory) {
        try {
            return new SamTemplate(YAML.readTree(yaml), directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This template deployed with {@code overrides} (parameter name → value), as {@code sam deploy
     * --parameter-overrides} would: each value replaces the parameter's default, so every {@code Ref} to it resolves
     * to the value and the {@link #contentHash} (and so the deploy stamp) changes with it. A name the template does
     * not declare, or a value its {@code AllowedPattern} or {@code AllowedValues} refuses, fails here, before anything
     * is deployed, as CloudFormation would fail the change set.
     */
    public SamTemplate withParameters(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = root.deepCopy();
        overrides.forEach((name, value) -> {
            JsonNode declared = copy.path("Parameters").path(name);
            if (!(declared instanceof com.fasterxml.jackson.databind.node.ObjectNode parameter)) {
                throw new IllegalArgumentException("parameter " + name + ": the template declares no such parameter (it has "
                        + copy.path("Parameters").properties().stream().map(Map.Entry::getKey).collect(java.util.stream.Collectors.joining(", ")) + ")");
            }
            String pattern = parameter.path("AllowedPattern").asText(null);
            if (pattern != null && !java.util.regex.Pattern.compile(pattern).matcher(value).matches()) {
                throw new IllegalArgumentException("parameter " + name + "=" + value + ": "
                        + parameter.path("ConstraintDescription").asText("does not match " + pattern));
            }
            if ("Number".equals(parameter.path("Type").asText())) {
                checkNumber(name, value, parameter);
            }
            JsonNode allowed = parameter.path("AllowedValues");
            if (allowed.isArray() && allowed.valueStream().noneMatch(v -> v.asText().equals(value))) {
                throw new IllegalArgumentException("parameter " + name + "=" + value + ": must be one of " + allowed);
            }
            parameter.put("Default", value);
        });
        return new SamTemplate(copy, directory);
    }

    /** A {@code Number} parameter's value: a number within its {@code MinValue} and {@code MaxValue}, as CloudFormation checks. */
    private static void checkNumber(String name, String value, JsonNode parameter) {
        java.math.BigDecimal number;
        try {
            number = new java.math.BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("parameter " + name + "=" + value + ": must be a number");
        }
        if (parameter.has("MinValue") && number.compareTo(new java.math.BigDecimal(parameter.get("MinValue").asText())) < 0
                || parameter.has("MaxValue") && number.compareTo(new java.math.BigDecimal(parameter.get("MaxValue").asText())) > 0) {
            throw new IllegalArgumentException("parameter " + name + "=" + value + ": must be between "
                    + parameter.path("MinValue").asText("-∞") + " and " + parameter.path("MaxValue").asText("∞"));
        }
    }

    /**
     * A hash of the parsed template and its folder (what its relative paths resolve against): equal for
     * the same content whatever the file's formatting; what the {@link DeployStamp} compares.
     */
    public String contentHash() {
        String hash = contentHash;
        if (hash == null) {
            hash = DeployStamp.sha256Hex(directory + "\n" + root);
            contentHash = hash;
        }
        return hash;
    }

    /** The folder of the template, against which {@code DefinitionUri} and friends resolve. */
    public Path directory() {
        return directory;
    }

    /** Logical id → resource node, in template order, for every resource of {@code type}. */
    public Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        root.path("Resources").properties().forEach(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                found.put(e.getKey(), e.getValue());
            }
        });
        return found;
    }

    public JsonNode resource(String logicalId) {
        return root.path("Resources").path(logicalId);
    }

    public boolean hasResource(String logicalId) {
        return root.path("Resources").has(logicalId);
    }

    /** The parameter's declared default, or null when the template declares no such parameter. */
    public String parameterDefault(String name) {
        JsonNode parameter = root.path("Parameters").path(name);
        return parameter.isMissingNode() ? null : parameter.path("Default").asText(null);
    }

    public boolean hasParameter(String name) {
        return root.path("Parameters").has(name);
    }

    /** {@code Globals.Function}, or a missing node. */
    public JsonNode functionGlobals() {
        JsonNode globals = root.path("Globals").path("Function");
        return globals.isMissingNode() ? MissingNode.getInstance() : globals;
    }
}
