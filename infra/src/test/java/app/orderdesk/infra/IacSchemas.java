package app.orderdesk.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline IaC schemas of {@code shared/iac-schemas} (see its README): one CloudFormation resource
 * provider schema per type (draft-07) and the SAM schema (draft-04), compiled once per type.
 */
final class IacSchemas {

    /** Overrides where {@code shared/} is; by default it lies beside the repository (as CI lays it out). */
    static final String SHARED_DIR_PROPERTY = "orderdesk.shared.dir";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAM_DEFINITION_PREFIX = "samtranslator__internal__schema_source__aws_serverless_";

    private final Path root;
    private final JsonNode cloudFormationIndex;
    private final JsonNode samDocument;
    private final SchemaRegistry draft7;
    private final SchemaRegistry draft4;
    private final Map<String, JsonNode> cloudFormationRaw = new ConcurrentHashMap<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private IacSchemas(Path root) {
        this.root = root;
        this.cloudFormationIndex = read(root.resolve("cloudformation/us-east-1-index.json"));
        this.samDocument = read(root.resolve("sam/sam.schema.json"));
        // Formats such as "AWS::SQS::Queue.Arn" are CloudFormation's own; assert none (the README says ignore them).
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build();
        this.draft7 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemaRegistryConfig(config));
        this.draft4 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> b.schemaRegistryConfig(config));
    }

    static IacSchemas load() {
        return new IacSchemas(locate().resolve("iac-schemas"));
    }

    /** {@code shared/}: the system property, else the repository root's parent's {@code shared/}. */
    static Path locate() {
        String configured = System.getProperty(SHARED_DIR_PROPERTY);
        Path repositoryRoot = Template.INFRA_DIR.getParent();
        Path shared = configured != null ? Path.of(configured) : repositoryRoot.getParent().resolve("shared");
        if (!Files.isRegularFile(shared.resolve("iac-schemas/cloudformation/us-east-1-index.json"))
                || !Files.isRegularFile(shared.resolve("iac-schemas/sam/sam.schema.json"))) {
            throw new IllegalStateException("The offline IaC schemas are not at " + shared.resolve("iac-schemas")
                    + ": shared/ must lie beside the repository (" + repositoryRoot + "), or pass -D"
                    + SHARED_DIR_PROPERTY + "=/path/to/shared");
        }
        return shared;
    }

    Path root() {
        return root;
    }

    boolean isKnownCloudFormationType(String type) {
        return cloudFormationIndex.has(type);
    }

    /** The provider schema as published (for readOnlyProperties and attribute names), or empty for an unknown type. */
    Optional<JsonNode> cloudFormationSchemaDocument(String type) {
        if (!isKnownCloudFormationType(type)) {
            return Optional.empty();
        }
        return Optional.of(cloudFormationRaw.computeIfAbsent(type,
                t -> read(root.resolve("cloudformation/us-east-1").resolve(cloudFormationIndex.get(t).asText()))));
    }

    /** The compiled draft-07 schema for a resource's {@code Properties}. */
    Schema cloudFormationSchema(String type) {
        return compiled.computeIfAbsent("cfn:" + type, t -> {
            ObjectNode document = cloudFormationSchemaDocument(type)
                    .orElseThrow(() -> new IllegalArgumentException("unknown resource type " + type)).deepCopy();
            // 24 files name AWS's provider meta-schema by URL; it is not a JSON Schema dialect and is not offline.
            document.remove("$schema");
            return draft7.getSchema(document);
        });
    }

    /** Whether the SAM schema has a resource definition for {@code AWS::Serverless::<Kind>}. */
    boolean isKnownSamType(String type) {
        return samDocument.path("definitions").has(samDefinition(type));
    }

    /** The compiled draft-04 SAM schema for a whole resource node (Type, Properties, attributes). */
    Schema samResourceSchema(String type) {
        return compiled.computeIfAbsent("sam:" + type, t -> samSchema(samDefinition(type)));
    }

    /** The compiled draft-04 SAM schema for the template's {@code Globals}. */
    Schema samGlobalsSchema() {
        return compiled.computeIfAbsent("sam:Globals", t -> samSchema("__main____Globals"));
    }

    private Schema samSchema(String definition) {
        ObjectNode document = JSON.createObjectNode();
        document.put("$schema", "http://json-schema.org/draft-04/schema#");
        document.set("definitions", samDocument.path("definitions"));
        document.put("$ref", "#/definitions/" + definition);
        return draft4.getSchema(document);
    }

    private static String samDefinition(String type) {
        String kind = type.substring(type.lastIndexOf(':') + 1).toLowerCase(java.util.Locale.ROOT);
        return SAM_DEFINITION_PREFIX + kind + "__Resource";
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
