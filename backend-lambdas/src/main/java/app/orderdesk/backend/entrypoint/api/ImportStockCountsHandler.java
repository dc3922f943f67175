package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.usecase.ImportStockCounts;
import java.util.Set;

/** POST /inventory/import (managers): a stock-take CSV (at most 1 MiB); {@code dryRun=true} only reports; honours Idempotency-Key. */
public final class ImportStockCountsHandler extends ApiHandler {

    static final int MAX_CSV_BYTES = 1024 * 1024;

    private final ImportStockCounts importStockCounts;

    public ImportStockCountsHandler() {
        this(Production.importStockCounts());
    }

    public ImportStockCountsHandler(ImportStockCounts importStockCounts) {
        super(Set.of(Roles.MANAGERS));
        this.importStockCounts = importStockCounts;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String csv = request.text(MAX_CSV_BYTES);
        try {
            return ok(200, importStockCounts.execute(csv, dryRun(request.query("dryRun")), Actors.of(request.caller()),
                    request.header(ApiHeaders.IDEMPOTENCY_KEY)));
        } catch (ImportStockCounts.TooManyRowsException tooMany) {
            throw ApiProblem.of(413, "PAYLOAD_TOO_LARGE", tooMany.getMessage());
        }
    }

    private static boolean dryRun(String raw) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        throw new ValidationFailedException("dryRun", "must be true or false");
    }
}
