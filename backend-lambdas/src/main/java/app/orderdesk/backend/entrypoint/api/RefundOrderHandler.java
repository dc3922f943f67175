package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.ApiJson;
import app.orderdesk.api.RefundRequest;
import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.RefundOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Set;

/**
 * POST /orders/{id}/refunds (support up to the stack's limit, managers): 201 with the refund;
 * honours Idempotency-Key (required).
 */
public final class RefundOrderHandler extends ApiHandler {

    /** As strict as other bodies, and "true"/1 is not a boolean either. */
    private static final ObjectMapper BODY = strictBooleans();

    private final RefundOrder refundOrder;

    public RefundOrderHandler() {
        this(Production.refundOrder());
    }

    public RefundOrderHandler(RefundOrder refundOrder) {
        super(Set.of(Roles.SUPPORT, Roles.MANAGERS));
        this.refundOrder = refundOrder;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        RefundRequest body = request.body(BODY, RefundRequest.class);
        var requester = new RefundOrder.Requester(Actors.of(request.caller()), request.caller().groups().contains(Roles.MANAGERS));
        return ok(201, refundOrder.execute(request.pathParameter("id"), body, requester, request.header(ApiHeaders.IDEMPOTENCY_KEY)));
    }

    private static ObjectMapper strictBooleans() {
        ObjectMapper mapper = withoutScalarCoercion(ApiJson.strict());
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }
}
