package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.ApiJson;
import app.orderdesk.api.Roles;
import app.orderdesk.api.StockAdjustmentRequest;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.AdjustStock;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Set;

/** POST /inventory/{id}/adjustments (managers): 201 with the recorded movement; honours Idempotency-Key. */
public final class AdjustStockHandler extends ApiHandler {

    /** Stricter still for counts: 1.5 or "5" is a wrong type, never silently 1 or 5. */
    private static final ObjectMapper WHOLE_NUMBERS = wholeNumbers();

    private final AdjustStock adjustStock;

    public AdjustStockHandler() {
        this(Production.adjustStock());
    }

    public AdjustStockHandler(AdjustStock adjustStock) {
        super(Set.of(Roles.MANAGERS));
        this.adjustStock = adjustStock;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        StockAdjustmentRequest body = request.body(WHOLE_NUMBERS, StockAdjustmentRequest.class);
        return ok(201, adjustStock.execute(request.pathParameter("id"), body, Actors.of(request.caller()),
                request.header(ApiHeaders.IDEMPOTENCY_KEY)));
    }

    private static ObjectMapper wholeNumbers() {
        ObjectMapper mapper = ApiJson.strict().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }
}
