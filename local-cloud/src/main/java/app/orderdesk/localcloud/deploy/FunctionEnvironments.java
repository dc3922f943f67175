package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.emulators.EmulatorEndpoints;
import app.orderdesk.localcloud.emulators.EmulatorProcess;
import app.orderdesk.localcloud.lambda.FunctionDefinition;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment one function sees: what the template sets for it (Globals, then its own
 * variables, resolved), what the Lambda runtime sets in every execution environment, and the local
 * endpoint overrides. Nothing from other functions: a variable a function's template entry lacks is
 * missing here, as in AWS.
 */
public final class FunctionEnvironments {

    private FunctionEnvironments() {}

    public static Map<String, String> of(FunctionDefinition function, Map<String, String> templateVariables,
                                         EmulatorEndpoints endpoints, URI stepFunctions) {
        Map<String, String> environment = new LinkedHashMap<>(templateVariables);
        environment.putAll(runtimeVariables(function));
        environment.putAll(endpointOverrides(endpoints, stepFunctions));
        return environment;
    }

    /** What Lambda's java21 runtime sets (reserved names: a template cannot set them). */
    public static Map<String, String> runtimeVariables(FunctionDefinition function) {
        Map<String, String> runtime = new LinkedHashMap<>();
        runtime.put("AWS_REGION", LocalResourceNames.REGION);
        runtime.put("AWS_DEFAULT_REGION", LocalResourceNames.REGION);
        runtime.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        runtime.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        runtime.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        runtime.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        runtime.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name());
        runtime.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/[$LATEST]" + function.name());
        runtime.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        runtime.put("_HANDLER", function.handlerClass() + "::handleRequest");
        runtime.put("TZ", ":UTC");
        runtime.put("LANG", "en_US.UTF-8");
        // The function role's credentials; the emulators accept these dummy keys.
        runtime.put("AWS_ACCESS_KEY_ID", EmulatorProcess.ACCESS_KEY_ID);
        runtime.put("AWS_SECRET_ACCESS_KEY", EmulatorProcess.SECRET_ACCESS_KEY);
        return runtime;
    }

    /** The SDK's standard endpoint variables, pointing at the emulators and the local Step Functions. */
    public static Map<String, String> endpointOverrides(EmulatorEndpoints endpoints, URI stepFunctions) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoDb().toString());
        overrides.put("AWS_ENDPOINT_URL_S3", endpoints.s3().toString());
        overrides.put("AWS_ENDPOINT_URL_SESV2", endpoints.ses().toString());
        overrides.put("AWS_ENDPOINT_URL_SES", endpoints.ses().toString());
        overrides.put("AWS_ENDPOINT_URL_SNS", endpoints.sns().toString());
        overrides.put("AWS_ENDPOINT_URL_SQS", endpoints.sqs().toString());
        overrides.put("AWS_ENDPOINT_URL_SFN", stepFunctions.toString());
        // EMF metric lines as plain stdout lines, as in Lambda (the library would otherwise probe for EC2 or an agent).
        overrides.put("AWS_EMF_ENVIRONMENT", "Local");
        return overrides;
    }
}
