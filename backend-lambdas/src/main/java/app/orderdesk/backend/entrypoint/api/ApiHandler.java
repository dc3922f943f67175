package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.ApiJson;
import app.orderdesk.backend.entrypoint.SnapStartPriming;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.ForbiddenException;
import app.orderdesk.backend.errors.IdempotencyConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.TransientFailureException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.observability.Invocation;
import app.orderdesk.backend.observability.Telemetry;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Base of every API handler: parses the proxy event, checks the caller's groups, runs the route and
 * turns every outcome into the one error shape with the right status. Internal failures are logged
 * as one JSON line and never described to the caller.
 */
public abstract class ApiHandler implements RequestStreamHandler {

    /** For request bodies: unknown members are reported, not ignored. */
    protected static final ObjectMapper STRICT = withoutScalarCoercion(ApiJson.strict());
    static final ObjectMapper LENIENT = ApiJson.lenient();

    /** A signed-out request to a route: parsed, refused 401 and written, touching no AWS service. */
    private static final String PRIMING_EVENT = "{\"resource\":\"/priming\",\"httpMethod\":\"GET\",\"headers\":{},"
            + "\"requestContext\":{\"requestId\":\"snapstart-priming\"}}";

    private final Set<String> allowedGroups;
    private final SnapStartPriming priming;

    protected ApiHandler(Set<String> allowedGroups) {
        this.allowedGroups = Set.copyOf(allowedGroups);
        Telemetry.warmUp();
        this.priming = SnapStartPriming.register(this::prime);
    }

    /**
     * What SnapStart runs before the snapshot: the event parsing, the authorisation check and the
     * response writing of a real request, without telemetry (no metric or log for a request nobody
     * sent) and without calling any AWS service (the request is refused before the route runs).
     */
    public final ApiResponse prime() {
        try {
            ApiResponse response = respond(LENIENT.readValue(PRIMING_EVENT, ApiGatewayEvent.class));
            LENIENT.writeValueAsBytes(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("priming event unreadable", e);
        }
    }

    /** Runs the route for an authorised caller and returns the success response. */
    protected abstract ApiResponse handle(ApiRequest request);

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        try (Invocation call = Telemetry.begin(getClass().getSimpleName(), context)) {
            ApiResponse response;
            try {
                ApiGatewayEvent event = LENIENT.readValue(input.readAllBytes(), ApiGatewayEvent.class);
                observe(call, event);
                response = respond(event);
            } catch (JsonProcessingException unreadableEvent) {
                response = error(400, ApiError.of("MALFORMED_JSON", "The request could not be read."));
            }
            call.outcome(String.valueOf(response.statusCode()));
            output.write(LENIENT.writeValueAsBytes(response));
        }
    }

    /** API Gateway's request id, and the order when the route names one ({@code /orders/{id}...}). */
    private static void observe(Invocation call, ApiGatewayEvent event) {
        if (event == null) {
            return;
        }
        if (event.requestContext() != null) {
            call.requestId(event.requestContext().requestId());
        }
        if (event.resource() != null && event.resource().startsWith("/orders/{id}") && event.pathParameters() != null) {
            call.order(event.pathParameters().get("id"));
        }
    }

    /** For a route that creates or finds an order not named in its path (POST /place-order). */
    protected static void concernsOrder(String orderId) {
        Telemetry.current().ifPresent(call -> call.order(orderId));
    }

    ApiResponse respond(ApiGatewayEvent event) {
        if (event == null) {
            return error(400, ApiError.of("MALFORMED_JSON", "The request could not be read."));
        }
        var caller = Caller.from(event);
        if (caller.isEmpty()) {
            return error(401, ApiError.of("UNAUTHORIZED", "Sign in to use this API."));
        }
        if (Collections.disjoint(caller.get().groups(), allowedGroups)) {
            return error(403, ApiError.of("FORBIDDEN", "Your role is not allowed to do this."));
        }
        try {
            return handle(new ApiRequest(event, caller.get()));
        } catch (ApiProblem problem) {
            return error(problem.status(), problem.error());
        } catch (ValidationFailedException invalid) {
            var details = invalid.issues().stream().map(i -> new ApiError.Detail(i.field(), i.issue())).toList();
            return error(400, new ApiError("VALIDATION_FAILED", "Some fields are not valid.", details));
        } catch (ForbiddenException forbidden) {
            return error(403, ApiError.of("FORBIDDEN", forbidden.getMessage()));
        } catch (NotFoundException notFound) {
            return error(404, ApiError.of(notFound.code(), notFound.getMessage()));
        } catch (IdempotencyConflictException conflict) {
            return error(409, ApiError.of("IDEMPOTENCY_CONFLICT", conflict.getMessage()));
        } catch (ConflictException conflict) {
            return error(409, conflict.field() == null ? ApiError.of(conflict.code(), conflict.getMessage())
                    : new ApiError(conflict.code(), conflict.getMessage(), List.of(new ApiError.Detail(conflict.field(), conflict.getMessage()))));
        } catch (TransientFailureException | SdkClientException unavailable) {
            ErrorLog.write(event, unavailable);
            return error(503, ApiError.of("SERVICE_UNAVAILABLE", "The service is unavailable; try again shortly."));
        } catch (AwsServiceException refused) {
            ErrorLog.write(event, refused);
            // Throttling and 5xx pass; anything else (AccessDenied, a validation error, a missing
            // table) is our configuration or code, which a retry cannot fix: say so, and alert.
            return refused.isThrottlingException() || refused.statusCode() >= 500
                    ? error(503, ApiError.of("SERVICE_UNAVAILABLE", "The service is unavailable; try again shortly."))
                    : error(500, ApiError.of("INTERNAL_ERROR", "Something went wrong on our side; try again or contact support."));
        } catch (RuntimeException bug) {
            ErrorLog.write(event, bug);
            return error(500, ApiError.of("INTERNAL_ERROR", "Something went wrong on our side; try again or contact support."));
        }
    }

    /** No silent conversions in request bodies: 1.5 or "1" is not a quantity, 42 or true is not a name. */
    static ObjectMapper withoutScalarCoercion(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** A JSON success response. */
    protected static ApiResponse ok(int status, Object body) {
        try {
            return ApiResponse.json(status, LENIENT.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response not serialisable: " + body.getClass().getName(), e);
        }
    }

    static ApiResponse error(int status, ApiError error) {
        return ok(status, error);
    }
}
