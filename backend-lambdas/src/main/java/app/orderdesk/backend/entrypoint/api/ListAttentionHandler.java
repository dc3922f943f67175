package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.usecase.ListAttention;
import java.util.Set;

/** GET /orders/attention?limit=N (support, managers): FAILED and flagged orders with the failed step and the reason. */
public final class ListAttentionHandler extends ApiHandler {

    private static final int DEFAULT_LIMIT = 25;

    private final ListAttention listAttention;

    public ListAttentionHandler() {
        this(Production.listAttention());
    }

    public ListAttentionHandler(ListAttention listAttention) {
        super(Set.of(Roles.SUPPORT, Roles.MANAGERS));
        this.listAttention = listAttention;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String raw = request.query("limit");
        int limit = DEFAULT_LIMIT;
        if (raw != null) {
            if (!raw.matches("[0-9]{1,2}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > 50) {
                throw new ValidationFailedException("limit", "must be a whole number from 1 to 50");
            }
            limit = Integer.parseInt(raw);
        }
        return ok(200, listAttention.execute(limit));
    }
}
