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

    /**
     * Whether a request that ended in {@code failure} may have reached the service: true unless every attempt
     * failed to connect at all (refused, no route, unknown host). A timeout or a reset after sending may hide a
     * request the service carried out (ADR 0086).
     */
    public static boolean mayHaveBeenSent(Throwable failure) {
        java.util.List<Throwable> seen = new java.util.ArrayList<>();
        java.util.ArrayDeque<Throwable> next = new java.util.ArrayDeque<>(java.util.List.of(failure));
        while (!next.isEmpty() && seen.size() < 32) {
            Throwable t = next.poll();
            if (seen.stream().anyMatch(s -> s == t)) {
                continue;
            }
            seen.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(java.util.List.of(t.getSuppressed()));
        }
        boolean notConnected = seen.stream().anyMatch(t -> t instanceof java.net.ConnectException
                || t instanceof java.net.UnknownHostException || t instanceof java.net.NoRouteToHostException);
        boolean timedOutOrCut = seen.stream().anyMatch(t -> t instanceof java.net.SocketTimeoutException
                || t instanceof software.amazon.awssdk.core.exception.ApiCallTimeoutException
                || t instanceof software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException
                || (t instanceof java.net.SocketException && !(t instanceof java.net.ConnectException)
                        && !(t instanceof java.net.NoRouteToHostException)));
        return !notConnected || timedOutOrCut;
    }

    public static void run(String operation, Runnable call) {
        call(operation, () -> {
            call.run();
            return null;
        });
    }
}
