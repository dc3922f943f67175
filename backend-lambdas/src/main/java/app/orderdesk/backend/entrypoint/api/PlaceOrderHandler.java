package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.PlaceOrder;
import java.util.Set;

/** POST /place-order (staff, managers): answers 202 with the order id, number and status. */
public final class PlaceOrderHandler extends ApiHandler {

    private final PlaceOrder placeOrder;

    public PlaceOrderHandler() {
        this(Production.placeOrder());
    }

    public PlaceOrderHandler(PlaceOrder placeOrder) {
        super(Set.of(Roles.STAFF, Roles.MANAGERS));
        this.placeOrder = placeOrder;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String key = request.header(ApiHeaders.IDEMPOTENCY_KEY);
        PlaceOrderRequest body = request.body(STRICT, PlaceOrderRequest.class);
        PlaceOrderResponse placed = placeOrder.execute(key, body, Actors.of(request.caller()), request.caller().sub());
        concernsOrder(placed.orderId());
        return ok(202, placed);
    }
}
