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

    /** What {@code Ref}/{@code GetAtt} of each function (and its {@code Fn.Alias}) mean locally. */
    void registerNames(LocalResourceNames names) {
        for (FunctionDefinition function : definitions()) {
            TemplateDeployer.registerFunction(template, names, function.name());
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

    /** The deployment artifact of a function: its {@code CodeUri} (or the Globals'), relative to the template. */
    public java.nio.file.Path codeUri(String logicalId) {
        JsonNode codeUri = template.resource(logicalId).path("Properties").path("CodeUri");
        if (codeUri.isMissingNode()) {
            codeUri = template.functionGlobals().path("CodeUri");
        }
        if (!codeUri.isTextual()) {
            throw new IllegalStateException("function " + logicalId + ": the local cloud needs CodeUri as a local path, found " + codeUri);
        }
        return template.directory().resolve(codeUri.asText()).normalize();
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
