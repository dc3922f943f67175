package app.orderdesk.localcloud.iam.enforcer;

import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Checks every SDK call a function makes against the function's IAM policy before it leaves the
 * function, and answers a denied call as the service would (AccessDenied, the service's exception
 * type). The local cloud registers it as a global interceptor in each function's class loader and
 * puts the function's resolved policy next to it ({@value #POLICY_RESOURCE}).
 */
public final class IamEnforcementInterceptor implements ExecutionInterceptor {

    public static final String POLICY_RESOURCE = "orderdesk-local/iam-policy.txt";
    /** Where the SDK looks for interceptors to add to every client it builds. */
    public static final String GLOBAL_INTERCEPTORS = "software/amazon/awssdk/global/handlers/execution.interceptors";

    private final IamPolicy policy;

    /** What the SDK calls: reads the policy of the function whose class loader loaded this class. */
    public IamEnforcementInterceptor() {
        this(readPolicy());
    }

    public IamEnforcementInterceptor(IamPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (policy == null) {
            return;
        }
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Region region = attributes.getAttribute(AwsExecutionAttribute.AWS_REGION);
        if (service == null || operation == null || !(context.request() instanceof SdkPojo request)) {
            return;
        }
        for (IamRequests.Access access : IamRequests.of(service, operation, request,
                region == null ? "us-east-1" : region.id(), policy.account(),
                attributes.getAttribute(software.amazon.awssdk.core.interceptor.SdkExecutionAttribute.CLIENT_ENDPOINT))) {
            IamPolicy.Decision decision = policy.evaluate(access.action(), access.resource());
            if (decision != IamPolicy.Decision.ALLOWED) {
                throw AccessDenied.exception(service, context.request(),
                        policy.denialMessage(access.action(), access.resource(), decision));
            }
        }
    }

    private static IamPolicy readPolicy() {
        InputStream in = IamEnforcementInterceptor.class.getClassLoader().getResourceAsStream(POLICY_RESOURCE);
        if (in == null) {
            return null; // not a local-cloud function: nothing to enforce
        }
        return IamPolicy.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
