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
        environment.putAll(loggingVariables(logicalId));
        return environment;
    }

    // ---- h-c: what Lambda makes of LoggingConfig and Architectures ----

    /**
     * What Lambda's runtime sets from the function's {@code LoggingConfig} (reserved names): with the JSON format,
     * {@code AWS_LAMBDA_LOG_FORMAT=JSON} and {@code AWS_LAMBDA_LOG_LEVEL} = its ApplicationLogLevel (INFO when unset),
     * which our Log4j configuration reads as its level; with Text, neither.
     */
    public Map<String, String> loggingVariables(String logicalId) {
        JsonNode logging = setting(logicalId, "LoggingConfig");
        if (!"JSON".equals(logging.path("LogFormat").asText("Text"))) {
            return Map.of();
        }
        return Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", logging.path("ApplicationLogLevel").asText("INFO"));
    }

    /**
     * The level of the platform's own lines (START, END, REPORT are INFO) the function's log group takes:
     * {@code LoggingConfig.SystemLogLevel} with the JSON format (INFO when unset); with Text, every platform line (INFO).
     */
    public String systemLogLevel(String logicalId) {
        JsonNode logging = setting(logicalId, "LoggingConfig");
        return "JSON".equals(logging.path("LogFormat").asText("Text")) ? logging.path("SystemLogLevel").asText("INFO") : "INFO";
    }

    /** The function's instruction set: {@code Architectures} (its own, else the Globals'), x86_64 when unset. */
    public String architecture(String logicalId) {
        return setting(logicalId, "Architectures").path(0).asText("x86_64");
    }

    /** A function property with SAM's Globals rule: a map is merged key by key (the function's win), anything else is the function's if set. */
    private JsonNode setting(String logicalId, String property) {
        JsonNode own = template.resource(logicalId).path("Properties").path(property);
        JsonNode global = template.functionGlobals().path(property);
        if (own.isObject() && global.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode merged = ((com.fasterxml.jackson.databind.node.ObjectNode) global).deepCopy();
            merged.setAll((com.fasterxml.jackson.databind.node.ObjectNode) own);
            return merged;
        }
        return own.isMissingNode() ? global : own;
    }
}
