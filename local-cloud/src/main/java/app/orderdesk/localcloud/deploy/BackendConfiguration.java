package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.emulators.EmulatorEndpoints;
import app.orderdesk.localcloud.emulators.EmulatorProcess;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes the handlers' configuration as JVM system properties — the handlers read
 * {@code System.getenv(name)} and fall back to {@code System.getProperty(name)} — because all local
 * functions share one JVM and Java cannot set its own environment.
 */
public final class BackendConfiguration {

    /** Runtime tuning of the real Lambda environment, meaningless inside this JVM. */
    private static final Set<String> NOT_FOR_LOCAL = Set.of("JAVA_TOOL_OPTIONS");

    private final List<String> setByUs = new ArrayList<>();

    /**
     * The union of every function's environment; a variable two functions set differently cannot
     * live in one JVM, so that is an error.
     */
    public static Map<String, String> merge(Map<String, Map<String, String>> perFunction) {
        Map<String, String> merged = new LinkedHashMap<>();
        perFunction.forEach((function, environment) -> environment.forEach((name, value) -> {
            if (NOT_FOR_LOCAL.contains(name)) {
                return;
            }
            String earlier = merged.putIfAbsent(name, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new IllegalStateException("environment variable " + name + " differs between functions ("
                        + earlier + " vs " + value + " in " + function + "); the local cloud runs all functions in one JVM");
            }
        }));
        return merged;
    }

    /** Adds the region, dummy credentials and endpoint overrides, then sets everything as system properties. */
    public Map<String, String> apply(Map<String, String> functionEnvironment, EmulatorEndpoints endpoints, URI stepFunctions) {
        Map<String, String> all = new LinkedHashMap<>(functionEnvironment);
        all.put("AWS_REGION", LocalResourceNames.REGION);
        all.put("AWS_DEFAULT_REGION", LocalResourceNames.REGION);
        all.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoDb().toString());
        all.put("AWS_ENDPOINT_URL_S3", endpoints.s3().toString());
        all.put("AWS_ENDPOINT_URL_SESV2", endpoints.ses().toString());
        all.put("AWS_ENDPOINT_URL_SES", endpoints.ses().toString());
        all.put("AWS_ENDPOINT_URL_SNS", endpoints.sns().toString());
        all.put("AWS_ENDPOINT_URL_SQS", endpoints.sqs().toString());
        all.put("AWS_ENDPOINT_URL_SFN", stepFunctions.toString());
        // EMF metrics as plain stdout lines, as in Lambda (the library would otherwise look for EC2 or an agent).
        all.put("AWS_EMF_ENVIRONMENT", "Local");
        // The SDK's default credentials chain reads these system properties.
        all.put("aws.accessKeyId", EmulatorProcess.ACCESS_KEY_ID);
        all.put("aws.secretAccessKey", EmulatorProcess.SECRET_ACCESS_KEY);
        all.put("aws.region", LocalResourceNames.REGION);
        all.forEach((name, value) -> {
            System.setProperty(name, value);
            setByUs.add(name);
        });
        return all;
    }

    /** Removes what {@link #apply} set, so a later local cloud in the same JVM starts clean. */
    public void clear() {
        setByUs.forEach(System::clearProperty);
        setByUs.clear();
    }
}
