package app.orderdesk.infra.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every resource and data source of a Terraform configuration against the hashicorp/aws
 * provider schema ({@code terraform providers schema -json} layout): unknown arguments and blocks,
 * missing required arguments and blocks, computed-only attributes that are set, arguments written as
 * blocks and blocks written as arguments, literals of the wrong type. {@code dynamic} blocks are checked as the block they make.
 */
public final class ProviderSchemaCheck {

    /** Terraform's own arguments, valid on every resource and data source. */
    private static final Set<String> META_ARGUMENTS =
            Set.of("count", "for_each", "depends_on", "lifecycle", "provider", "provisioner", "connection");

    private final JsonNode resourceSchemas;
    private final JsonNode dataSourceSchemas;

    public ProviderSchemaCheck(JsonNode providerSchema) {
        JsonNode aws = providerSchema.path("provider_schemas").path("registry.terraform.io/hashicorp/aws");
        this.resourceSchemas = aws.path("resource_schemas");
        this.dataSourceSchemas = aws.path("data_source_schemas");
        if (resourceSchemas.isEmpty()) {
            throw new IllegalArgumentException("not a hashicorp/aws provider schema");
        }
    }

    /** Problems as "resource aws_x.name: what is wrong", empty when the configuration fits the schema. */
    public List<String> check(JsonNode merged) {
        List<String> problems = new ArrayList<>();
        checkSection(merged.path("resource"), resourceSchemas, "resource", problems);
        checkSection(merged.path("data"), dataSourceSchemas, "data", problems);
        return problems;
    }

    private void checkSection(JsonNode section, JsonNode schemas, String kind, List<String> problems) {
        for (Map.Entry<String, JsonNode> type : section.properties()) {
            JsonNode schema = schemas.path(type.getKey());
            for (Map.Entry<String, JsonNode> named : type.getValue().properties()) {
                String where = kind + " " + type.getKey() + "." + named.getKey();
                if (schema.isMissingNode()) {
                    problems.add(where + ": unknown " + kind + " type " + type.getKey());
                    continue;
                }
                checkBlock(named.getValue(), schema.path("block"), where, true, problems);
            }
        }
    }

    /**
     * A literal that Terraform cannot convert to the attribute's type (a list where a string goes, a
     * word where a number goes, …). Expressions ("${…}") are typed only by Terraform itself.
     */
    static String typeMismatch(JsonNode type, JsonNode value) {
        if (value.isTextual() && value.asText().contains("${")) {
            return null;
        }
        String kind = type.isTextual() ? type.asText() : type.path(0).asText();
        boolean ok = switch (kind) {
            case "string" -> value.isValueNode();
            case "number" -> value.isNumber() || value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?");
            case "bool" -> value.isBoolean() || value.isTextual() && value.asText().matches("true|false");
            case "list", "set", "tuple" -> value.isArray();
            case "map", "object" -> value.isObject();
            default -> true;
        };
        return ok ? null : "must be " + kind + ", found " + value;
    }

    private void checkBlock(JsonNode body, JsonNode block, String where, boolean topLevel, List<String> problems) {
        JsonNode attributes = block.path("attributes");
        JsonNode blockTypes = block.path("block_types");
        for (Map.Entry<String, JsonNode> argument : body.properties()) {
            String name = argument.getKey();
            JsonNode value = argument.getValue();
            if (topLevel && META_ARGUMENTS.contains(name)) {
                continue;
            }
            if (name.equals("dynamic")) {
                for (Map.Entry<String, JsonNode> dynamic : value.properties()) {
                    JsonNode nested = blockTypes.path(dynamic.getKey());
                    if (nested.isMissingNode()) {
                        problems.add(where + ": unknown block \"" + dynamic.getKey() + "\" (dynamic)");
                        continue;
                    }
                    for (JsonNode generator : dynamic.getValue()) {
                        for (JsonNode content : generator.path("content")) {
                            checkBlock(content, nested.path("block"), where + "." + dynamic.getKey(), false, problems);
                        }
                    }
                }
                continue;
            }
            JsonNode attribute = attributes.path(name);
            JsonNode nested = blockTypes.path(name);
            if (!attribute.isMissingNode()) {
                if (attribute.path("computed").asBoolean() && !attribute.path("optional").asBoolean()
                        && !attribute.path("required").asBoolean()) {
                    problems.add(where + ": \"" + name + "\" is computed by the provider and cannot be set");
                }
                if (value.isArray() && !value.isEmpty() && value.get(0).isObject()
                        && !attribute.path("type").toString().contains("object")) {
                    problems.add(where + ": \"" + name + "\" is an argument, written as a block");
                } else {
                    String mismatch = typeMismatch(attribute.path("type"), value);
                    if (mismatch != null) {
                        problems.add(where + ": \"" + name + "\" " + mismatch);
                    }
                }
            } else if (!nested.isMissingNode()) {
                if (!value.isArray()) {
                    problems.add(where + ": \"" + name + "\" is a block, written as an argument (name = ...)");
                    continue;
                }
                int maxItems = nested.path("max_items").asInt(0);
                if (maxItems > 0 && value.size() > maxItems) {
                    problems.add(where + ": at most " + maxItems + " \"" + name + "\" block(s), found " + value.size());
                }
                for (JsonNode element : value) {
                    checkBlock(element, nested.path("block"), where + "." + name, false, problems);
                }
            } else {
                problems.add(where + ": unknown argument or block \"" + name + "\"");
            }
        }
        for (Map.Entry<String, JsonNode> attribute : attributes.properties()) {
            if (attribute.getValue().path("required").asBoolean() && !body.has(attribute.getKey())) {
                problems.add(where + ": missing required argument \"" + attribute.getKey() + "\"");
            }
        }
        for (Map.Entry<String, JsonNode> nested : blockTypes.properties()) {
            int minItems = nested.getValue().path("min_items").asInt(0);
            String name = nested.getKey();
            boolean present = body.has(name) || body.path("dynamic").has(name);
            if (minItems > 0 && !present) {
                problems.add(where + ": missing required block \"" + name + "\"");
            }
        }
    }
}
