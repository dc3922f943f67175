package app.orderdesk.backend.adapter;

import app.orderdesk.backend.errors.TransientFailureException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Translates SDK failures worth retrying (network, throttling, 5xx) into
 * {@link TransientFailureException}, the one name the workflow retries and the API answers 503 for.
 */
public final class AwsFailures {

    private AwsFailures() {}

    public static <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkClientException e) {
            throw new TransientFailureException(operation + " could not reach the service", e);
        } catch (AwsServiceException e) {
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new TransientFailureException(operation + " failed with HTTP " + e.statusCode(), e);
            }
            throw e;
        }
    }

    public static void run(String operation, Runnable call) {
        call(operation, () -> {
            call.run();
            return null;
        });
    }
}
