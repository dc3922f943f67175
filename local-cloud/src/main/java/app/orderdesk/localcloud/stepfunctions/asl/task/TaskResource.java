package app.orderdesk.localcloud.stepfunctions.asl.task;

/**
 * A Task state's {@code Resource}, classified. {@code resourceType}/{@code resource} are the names AWS
 * shows in task history events (for {@code arn:aws:states:::lambda:invoke}: "lambda" and "invoke").
 */
public record TaskResource(Kind kind, String arn, String resourceType, String resource) {

    /** How the engine reaches the resource. */
    public enum Kind { LAMBDA_FUNCTION_ARN, LAMBDA_INVOKE, SERVICE }

    private static final String OPTIMISED_PREFIX = "arn:aws:states:::";

    public static TaskResource parse(String arn) {
        if (arn.startsWith("arn:aws:lambda:") && arn.contains(":function:")) {
            return new TaskResource(Kind.LAMBDA_FUNCTION_ARN, arn, "lambda", arn);
        }
        if (arn.startsWith(OPTIMISED_PREFIX)) {
            String rest = arn.substring(OPTIMISED_PREFIX.length());
            int colon = rest.indexOf(':');
            if (colon > 0) {
                String service = rest.substring(0, colon);
                String action = rest.substring(colon + 1);
                Kind kind = service.equals("lambda") && action.equals("invoke") ? Kind.LAMBDA_INVOKE : Kind.SERVICE;
                return new TaskResource(kind, arn, service, action);
            }
        }
        throw new IllegalArgumentException("Unsupported task resource: " + arn);
    }

    /** The function name of a legacy Lambda ARN ({@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]}). */
    public String functionName() {
        String[] parts = arn.split(":");
        return parts.length > 6 ? parts[6] : arn;
    }
}
