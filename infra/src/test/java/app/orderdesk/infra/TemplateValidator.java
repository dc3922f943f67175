package app.orderdesk.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Validates a SAM template offline, the way a deployment would reject it: every resource's properties
 * against its CloudFormation or SAM schema (names, types, required), no read-only property set, every
 * Ref/GetAtt/Sub/DependsOn target declared, every Handler class in the deployment artifact, every ASL
 * substitution resolved and used. Works on any template tree, so tests can feed it mutated copies.
 */
final class TemplateValidator {

    /** One problem: the resource (or section) it is in, which check found it, and what is wrong. */
    record Finding(String resource, String check, String message) {
        @Override
        public String toString() {
            return resource + " [" + check + "] " + message;
        }
    }

    static final String SCHEMA = "schema";
    static final String READ_ONLY = "read-only";
    static final String REFERENCE = "reference";
    static final String HANDLER = "handler";
    static final String SUBSTITUTION = "asl-substitution";

    private static final String SERVERLESS = "AWS::Serverless::";
    private static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    /** The CloudFormation type whose attributes a SAM resource's GetAtt exposes. */
    private static final Map<String, String> SAM_ATTRIBUTE_TYPES = Map.of(
            "AWS::Serverless::Function", "AWS::Lambda::Function",
            "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine",
            "AWS::Serverless::Api", "AWS::ApiGateway::RestApi",
            "AWS::Serverless::SimpleTable", "AWS::DynamoDB::Table",
            "AWS::Serverless::LayerVersion", "AWS::Lambda::LayerVersion");
    private static final Pattern ASL_PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IacSchemas schemas;
    /** Schema errors set aside because an intrinsic function stands where they are (reported by the test). */
    private final List<String> acceptedAsIntrinsic = new ArrayList<>();

    TemplateValidator(IacSchemas schemas) {
        this.schemas = schemas;
    }

    /** Every finding for {@code template}; files it names (CodeUri, DefinitionUri) resolve against {@code directory}. */
    List<Finding> validate(JsonNode template, Path directory) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(schemaFindings(template));
        findings.addAll(readOnlyFindings(template));
        findings.addAll(referenceFindings(template));
        findings.addAll(handlerFindings(template, directory));
        findings.addAll(substitutionFindings(template, directory));
        return findings;
    }

    // ---------- properties against the schemas ----------

    List<Finding> schemaFindings(JsonNode template) {
        List<Finding> findings = new ArrayList<>();
        JsonNode globals = template.path("Globals");
        if (!globals.isMissingNode()) {
            schemaErrors(schemas.samGlobalsSchema(), globals)
                    .forEach(m -> findings.add(new Finding("Globals", SCHEMA, m)));
        }
        template.path("Resources").properties().forEach(e -> {
            String id = e.getKey();
            JsonNode resource = e.getValue();
            String type = resource.path("Type").asText();
            if (type.startsWith(SERVERLESS)) {
                if (!schemas.isKnownSamType(type)) {
                    findings.add(new Finding(id, SCHEMA, "unknown SAM resource type " + type));
                    return;
                }
                schemaErrors(schemas.samResourceSchema(type), resource)
                        .forEach(m -> findings.add(new Finding(id, SCHEMA, m)));
            } else {
                if (!schemas.isKnownCloudFormationType(type)) {
                    findings.add(new Finding(id, SCHEMA, "unknown resource type " + type + " (not in us-east-1)"));
                    return;
                }
                JsonNode properties = resource.has("Properties") ? resource.get("Properties") : JSON.createObjectNode();
                schemaErrors(schemas.cloudFormationSchema(type), properties)
                        .forEach(m -> findings.add(new Finding(id, SCHEMA, "Properties" + m)));
            }
        });
        return findings;
    }

    /**
     * The schema's errors for {@code instance}, less those a deploy-time value (an intrinsic) may satisfy.
     * An anyOf/oneOf is satisfied when one of its branches fails only where intrinsics stand; the
     * validator reports a combinator's error and its branches' errors separately, tied by evaluation path.
     */
    private List<String> schemaErrors(Schema schema, JsonNode instance) {
        List<Error> errors = schema.validate(instance);
        List<String> messages = new ArrayList<>();
        for (Error error : outermost(errors, "")) {
            if (settable(error, errors, instance)) {
                acceptedAsIntrinsic.add(error.toString());
            } else if (isCombinator(error)) {
                List<String> branches = new ArrayList<>();
                for (Error child : under(errors, path(error) + "/")) {
                    if (!isCombinator(child) && !settable(child, errors, instance)) {
                        branches.add(child.toString());
                    }
                }
                messages.add(error + " " + branches);
            } else {
                messages.add(error.toString());
            }
        }
        return messages;
    }

    /** Whether an intrinsic function at deploy time may make {@code error} go away. */
    private boolean settable(Error error, List<Error> all, JsonNode instance) {
        if (!isCombinator(error)) {
            return Intrinsics.isIntrinsic(error.getInstanceNode()) || pathCrossesIntrinsic(instance, error.getInstanceLocation());
        }
        int branches = error.getSchemaNode() != null && error.getSchemaNode().isArray() ? error.getSchemaNode().size() : 0;
        for (int i = 0; i < branches; i++) {
            String branch = path(error) + "/" + i;
            List<Error> branchErrors = under(all, branch + "/");
            if (outermost(branchErrors, branch).stream().allMatch(e -> settable(e, all, instance))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCombinator(Error error) {
        return "anyOf".equals(error.getKeyword()) || "oneOf".equals(error.getKeyword());
    }

    private static String path(Error error) {
        return String.valueOf(error.getEvaluationPath());
    }

    private static List<Error> under(List<Error> errors, String prefix) {
        return errors.stream().filter(e -> path(e).startsWith(prefix)).toList();
    }

    /** The errors below {@code prefix} that are not inside another of these errors' anyOf/oneOf branches. */
    private static List<Error> outermost(List<Error> errors, String prefix) {
        List<Error> combinators = errors.stream().filter(TemplateValidator::isCombinator).toList();
        return errors.stream()
                .filter(e -> path(e).startsWith(prefix))
                .filter(e -> combinators.stream().noneMatch(c -> c != e && path(e).startsWith(path(c) + "/")
                        && path(c).length() > prefix.length()))
                .toList();
    }

    private static boolean pathCrossesIntrinsic(JsonNode instance, NodePath location) {
        if (location == null) {
            return false;
        }
        JsonNode node = instance;
        for (int i = 0; i < location.getNameCount(); i++) {
            if (Intrinsics.isIntrinsic(node)) {
                return true;
            }
            Object element = location.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
        }
        return false;
    }

    List<String> acceptedAsIntrinsic() {
        return List.copyOf(acceptedAsIntrinsic);
    }

    // ---------- read-only properties ----------

    List<Finding> readOnlyFindings(JsonNode template) {
        List<Finding> findings = new ArrayList<>();
        template.path("Resources").properties().forEach(e -> {
            String type = e.getValue().path("Type").asText();
            JsonNode properties = e.getValue().path("Properties");
            schemas.cloudFormationSchemaDocument(type).ifPresent(schema -> {
                for (JsonNode pointer : schema.path("readOnlyProperties")) {
                    String path = pointer.asText().replaceFirst("^/properties", "");
                    if (isSet(properties, path.split("/"), 1)) {
                        findings.add(new Finding(e.getKey(), READ_ONLY,
                                "Properties" + path.replace('/', '.') + " is read-only (" + type + " sets it)"));
                    }
                }
            });
        });
        return findings;
    }

    private static boolean isSet(JsonNode node, String[] path, int index) {
        if (index == path.length) {
            return !node.isMissingNode();
        }
        if (node.isArray() && "*".equals(path[index])) {
            for (JsonNode element : node) {
                if (isSet(element, path, index + 1)) {
                    return true;
                }
            }
            return false;
        }
        return node.has(path[index]) && isSet(node.get(path[index]), path, index + 1);
    }

    // ---------- references ----------

    List<Finding> referenceFindings(JsonNode template) {
        JsonNode resources = template.path("Resources");
        Set<String> refTargets = new TreeSet<>(PSEUDO_PARAMETERS);
        template.path("Parameters").fieldNames().forEachRemaining(refTargets::add);
        Map<String, String> typeOf = new HashMap<>();
        resources.properties().forEach(e -> typeOf.put(e.getKey(), e.getValue().path("Type").asText()));
        typeOf.putAll(samGeneratedResources(template));
        refTargets.addAll(typeOf.keySet());
        refTargets.addAll(samGeneratedRefs(template));

        List<Finding> findings = new ArrayList<>();
        checkReferences(template.path("Globals"), "Globals", refTargets, typeOf, findings);
        resources.properties().forEach(e -> {
            checkReferences(e.getValue(), e.getKey(), refTargets, typeOf, findings);
            JsonNode dependsOn = e.getValue().path("DependsOn");
            List<JsonNode> targets = new ArrayList<>();
            if (dependsOn.isArray()) {
                dependsOn.forEach(targets::add);
            } else if (!dependsOn.isMissingNode()) {
                targets.add(dependsOn);
            }
            for (JsonNode target : targets) {
                if (!resources.has(target.asText())) {
                    findings.add(new Finding(e.getKey(), REFERENCE, "DependsOn " + target.asText() + ": no such resource"));
                }
            }
        });
        checkReferences(template.path("Outputs"), "Outputs", refTargets, typeOf, findings);
        return findings;
    }

    private void checkReferences(JsonNode node, String owner, Set<String> refTargets, Map<String, String> typeOf,
                                 List<Finding> findings) {
        for (Intrinsics.Reference r : Intrinsics.references(node, "")) {
            boolean plainRef = r.attribute() == null || refTargets.contains(r.text()) && !"Fn::GetAtt".equals(r.kind());
            if (plainRef) {
                if (!refTargets.contains(r.text())) {
                    findings.add(new Finding(owner, REFERENCE, r.kind() + " " + r.text() + " at " + r.where()
                            + ": no such resource, parameter or pseudo parameter"));
                }
                continue;
            }
            String type = typeOf.get(r.target());
            if (type == null) {
                findings.add(new Finding(owner, REFERENCE, r.kind() + " " + r.text() + " at " + r.where() + ": no such resource"));
            } else if (!hasAttribute(type, r.attribute())) {
                findings.add(new Finding(owner, REFERENCE, r.kind() + " " + r.text() + " at " + r.where()
                        + ": " + type + " has no attribute " + r.attribute()));
            }
        }
    }

    /** Whether {@code attribute} (dotted for nested ones) is a property of the type's schema; unknown types pass. */
    private boolean hasAttribute(String type, String attribute) {
        String cfnType = SAM_ATTRIBUTE_TYPES.getOrDefault(type, type);
        var document = schemas.cloudFormationSchemaDocument(cfnType);
        if (document.isEmpty()) {
            return true; // an unknown type is reported by the schema check; a SAM type without a mapping is not judged
        }
        JsonNode schema = document.get();
        JsonNode current = schema;
        for (String part : attribute.split("\\.")) {
            current = resolveRef(schema, current).path("properties").path(part);
            if (current.isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode resolveRef(JsonNode schema, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = schema.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** Resources SAM creates that templates may name: function and state machine roles, API stages. */
    private static Map<String, String> samGeneratedResources(JsonNode template) {
        Map<String, String> generated = new HashMap<>();
        template.path("Resources").properties().forEach(e -> {
            String type = e.getValue().path("Type").asText();
            JsonNode p = e.getValue().path("Properties");
            if (("AWS::Serverless::Function".equals(type) || "AWS::Serverless::StateMachine".equals(type)) && !p.has("Role")) {
                generated.put(e.getKey() + "Role", "AWS::IAM::Role");
            }
            if ("AWS::Serverless::Api".equals(type) && p.path("StageName").isTextual()) {
                generated.put(e.getKey() + p.path("StageName").asText().replaceAll("[^A-Za-z0-9]", "") + "Stage", "AWS::ApiGateway::Stage");
            }
        });
        return generated;
    }

    /** SAM's own Ref names: {@code Fn.Alias} and {@code Fn.Version} with AutoPublishAlias, {@code Api.Stage}, {@code Api.Deployment}. */
    private static Set<String> samGeneratedRefs(JsonNode template) {
        Set<String> refs = new LinkedHashSet<>();
        JsonNode globalAlias = template.path("Globals").path("Function").path("AutoPublishAlias");
        template.path("Resources").properties().forEach(e -> {
            String type = e.getValue().path("Type").asText();
            JsonNode p = e.getValue().path("Properties");
            if ("AWS::Serverless::Function".equals(type) && (p.has("AutoPublishAlias") || !globalAlias.isMissingNode())) {
                refs.add(e.getKey() + ".Alias");
                refs.add(e.getKey() + ".Version");
            }
            if ("AWS::Serverless::Api".equals(type)) {
                refs.add(e.getKey() + ".Stage");
                refs.add(e.getKey() + ".Deployment");
            }
        });
        return refs;
    }

    // ---------- handlers in the deployment artifact ----------

    List<Finding> handlerFindings(JsonNode template, Path directory) {
        List<Finding> findings = new ArrayList<>();
        JsonNode globals = template.path("Globals").path("Function");
        Map<Path, Set<String>> artifacts = new HashMap<>();
        template.path("Resources").properties().forEach(e -> {
            if (!"AWS::Serverless::Function".equals(e.getValue().path("Type").asText())) {
                return;
            }
            JsonNode p = e.getValue().path("Properties");
            String handler = p.path("Handler").asText(globals.path("Handler").asText(""));
            JsonNode codeUri = p.has("CodeUri") ? p.get("CodeUri") : globals.path("CodeUri");
            if (handler.isEmpty() || !codeUri.isTextual()) {
                findings.add(new Finding(e.getKey(), HANDLER, "needs a Handler and a local CodeUri (has "
                        + handler + ", " + codeUri + ")"));
                return;
            }
            Path artifact = directory.resolve(codeUri.asText()).normalize();
            Set<String> entries = artifacts.computeIfAbsent(artifact, TemplateValidator::entries);
            if (entries == null) {
                findings.add(new Finding(e.getKey(), HANDLER, "CodeUri " + codeUri.asText() + " (" + artifact
                        + ") is not built: build backend-lambdas first (./mvnw -pl backend-lambdas -am package)"));
                return;
            }
            String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
            String entry = className.replace('.', '/') + ".class";
            if (!entries.contains(entry)) {
                findings.add(new Finding(e.getKey(), HANDLER, "Handler class " + className + " is not in " + artifact.getFileName()));
            }
        });
        return findings;
    }

    /** The entry names of a jar/zip, or the relative files of a folder; null when it does not exist. */
    private static Set<String> entries(Path artifact) {
        try {
            if (Files.isDirectory(artifact)) {
                try (var files = Files.walk(artifact)) {
                    Set<String> names = new TreeSet<>();
                    files.filter(Files::isRegularFile).forEach(f -> names.add(artifact.relativize(f).toString().replace('\\', '/')));
                    return names;
                }
            }
            if (!Files.isRegularFile(artifact)) {
                return null;
            }
            // Lambda's Java class path in a zip: its root plus every lib/*.jar inside it.
            try (ZipFile zip = new ZipFile(artifact.toFile())) {
                Set<String> names = new TreeSet<>();
                for (var entry : java.util.Collections.list(zip.entries())) {
                    names.add(entry.getName());
                    if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
                        try (var jar = new java.util.zip.ZipInputStream(zip.getInputStream(entry))) {
                            for (var inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                                names.add(inner.getName());
                            }
                        }
                    }
                }
                return names;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + artifact, e);
        }
    }

    // ---------- ASL substitutions ----------

    List<Finding> substitutionFindings(JsonNode template, Path directory) {
        List<Finding> findings = new ArrayList<>();
        template.path("Resources").properties().forEach(e -> {
            if (!"AWS::Serverless::StateMachine".equals(e.getValue().path("Type").asText())) {
                return;
            }
            JsonNode p = e.getValue().path("Properties");
            String definition;
            if (p.has("Definition")) {
                definition = p.get("Definition").toString();
            } else if (p.path("DefinitionUri").isTextual()) {
                try {
                    definition = Files.readString(directory.resolve(p.get("DefinitionUri").asText()));
                } catch (IOException ex) {
                    findings.add(new Finding(e.getKey(), SUBSTITUTION, "cannot read DefinitionUri " + p.get("DefinitionUri").asText()));
                    return;
                }
            } else {
                return;
            }
            Set<String> used = new TreeSet<>();
            Matcher m = ASL_PLACEHOLDER.matcher(definition);
            while (m.find()) {
                used.add(m.group(1));
            }
            Set<String> defined = new TreeSet<>();
            p.path("DefinitionSubstitutions").fieldNames().forEachRemaining(defined::add);
            for (String name : used) {
                if (!defined.contains(name)) {
                    findings.add(new Finding(e.getKey(), SUBSTITUTION, "${" + name + "} in the definition has no DefinitionSubstitutions entry"));
                }
            }
            for (String name : defined) {
                if (!used.contains(name)) {
                    findings.add(new Finding(e.getKey(), SUBSTITUTION, "DefinitionSubstitutions." + name + " is used nowhere in the definition"));
                }
            }
        });
        return findings;
    }

    /** For tests: a deep copy of a template, to mutate. */
    static ObjectNode copy(JsonNode template) {
        return (ObjectNode) template.deepCopy();
    }
}
