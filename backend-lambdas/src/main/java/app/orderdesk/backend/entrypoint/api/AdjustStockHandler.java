package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.Roles;
import app.orderdesk.api.StockAdjustmentRequest;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.AdjustStock;
import java.util.Set;

/** POST /inventory/{id}/adjustments (managers): 201 with the recorded movement; honours Idempotency-Key. */
public final class AdjustStockHandler extends ApiHandler {

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
        // the shared strict reading: its own had let a note of true or 1.5 through as text (audit, session 34)
        StockAdjustmentRequest body = request.body(STRICT, StockAdjustmentRequest.class);
        return ok(201, adjustStock.execute(request.pathParameter("id"), body, Actors.of(request.caller()),
                request.header(ApiHeaders.IDEMPOTENCY_KEY)));
    }
}
