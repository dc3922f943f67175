package app.orderdesk.localcloud.iam.enforcer;

import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;

import java.util.function.Consumer;

/**
 * Tells the local cloud about every SDK request a function sends (each HTTP attempt, so an SDK retry
 * counts again), as {@code "<action> <resource>"} lines — e.g. {@code "dynamodb:GetItem
 * arn:aws:dynamodb:…:table/Orders"} — so tests can count round trips per service, operation and
 * table. It lives beside the IAM enforcer because it is copied into each function's class loader the
 * same way; it reports to that class loader when the loader accepts lines (a JDK {@link Consumer},
 * because the function's classes and the local cloud's share no type), and does nothing otherwise.
 */
public final class SdkCallReporter implements ExecutionInterceptor {

    private final Consumer<String> sink;

    /** What the SDK calls: reports to the function's class loader, if it listens. */
    @SuppressWarnings("unchecked")
    public SdkCallReporter() {
        this(SdkCallReporter.class.getClassLoader() instanceof Consumer<?> listening ? (Consumer<String>) listening : null);
    }

    public SdkCallReporter(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (sink == null) {
            return;
        }
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Region region = attributes.getAttribute(AwsExecutionAttribute.AWS_REGION);
        if (service == null || operation == null || !(context.request() instanceof SdkPojo request)) {
            return;
        }
        var accesses = IamRequests.of(service, operation, request, region == null ? "us-east-1" : region.id(), "local");
        // One request, however many tables it touches (BatchGetItem): report it once, naming them all.
        StringBuilder line = new StringBuilder(IamRequests.prefix(service)).append(':').append(operation);
        for (IamRequests.Access access : accesses) {
            line.append(' ').append(access.resource());
        }
        sink.accept(line.toString());
    }
}
