package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.apigateway.Route;
import app.orderdesk.localcloud.lambda.FunctionDefinition;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the template's functions (handler, memory, timeout, environment) and their API events. */
public final class TemplateFunctions {

    static final String FUNCTION_TYPE = "AWS::Serverless::Function";

    private final SamTemplate template;

    public TemplateFunctions(SamTemplate template) {
        this.template = template;
    }

    /** Every function, Globals applied. */
    public List<FunctionDefinition> definitions() {
        JsonNode globals = template.functionGlobals();
        List<FunctionDefinition> definitions = new ArrayList<>();
        template.resourcesOfType(FUNCTION_TYPE).forEach((logicalId, resource) -> {
            JsonNode properties = resource.path("Properties");
            String handler = properties.path("Handler").asText(globals.path("Handler").asText(null));
            if (handler == null) {
                throw new IllegalStateException("function " + logicalId + " has no Handler");
            }
            int memory = properties.path("MemorySize").asInt(globals.path("MemorySize").asInt(128));
            int timeout = properties.path("Timeout").asInt(globals.path("Timeout").asInt(3));
            definitions.add(FunctionDefinition.of(logicalId, handler, memory, timeout));
        });
        return definitions;
    }

    /**
     * The function's {@code AutoPublishAlias} (its own, else Globals'), or empty. SAM then creates a
     * published version and this alias, and {@code {"Ref": "Fn.Alias"}} names the alias ARN.
     */
    public java.util.Optional<String> alias(String logicalId) {
        JsonNode own = template.resource(logicalId).path("Properties").path("AutoPublishAlias");
        JsonNode alias = own.isMissingNode() ? template.functionGlobals().path("AutoPublishAlias") : own;
        return alias.isTextual() && !alias.asText().isBlank() ? java.util.Optional.of(alias.asText()) : java.util.Optional.empty();
    }

    /**
     * What {@code Ref}/{@code GetAtt} of each function mean locally: its name, its ARN, and for a function
     * with an alias {@code Fn.Alias}, the qualified ARN (the local invoker runs the one copy for any qualifier).
     */
    void registerNames(LocalResourceNames names) {
        for (FunctionDefinition function : definitions()) {
            String arn = LocalResourceNames.functionArn(function.name());
            names.register(function.name(), function.name(), Map.of("Arn", arn));
            alias(function.name()).ifPresent(alias -> names.register(function.name() + ".Alias", arn + ":" + alias, Map.of()));
        }
    }

    /** The routes of every {@code Type: Api} event. */
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        template.resourcesOfType(FUNCTION_TYPE).forEach((logicalId, resource) ->
                resource.path("Properties").path("Events").properties().forEach(event -> {
                    JsonNode value = event.getValue();
                    if ("Api".equals(value.path("Type").asText())) {
                        JsonNode p = value.path("Properties");
                        routes.add(new Route(p.path("Method").asText(), p.path("Path").asText(), logicalId));
                    }
                }));
        return routes;
    }

    /**
     * One function's environment: Globals' variables overlaid with the function's own, resolved.
     * Call after every referenced resource is deployed.
     */
    public Map<String, String> environment(String logicalId, IntrinsicResolver resolver) {
        Map<String, String> environment = new LinkedHashMap<>();
        template.functionGlobals().path("Environment").path("Variables").properties()
                .forEach(e -> environment.put(e.getKey(), resolver.resolveText(e.getValue())));
        template.resource(logicalId).path("Properties").path("Environment").path("Variables").properties()
                .forEach(e -> environment.put(e.getKey(), resolver.resolveText(e.getValue())));
        return environment;
    }
}
