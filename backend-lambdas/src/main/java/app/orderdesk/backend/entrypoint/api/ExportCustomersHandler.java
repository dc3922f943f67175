package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ExportCustomers;
import java.util.Map;
import java.util.Set;

/** GET /customers/export.csv (managers only: the whole directory is personal data). */
public final class ExportCustomersHandler extends ApiHandler {

    private static final Map<String, String> CSV_HEADERS = Map.of(
            "Content-Type", "text/csv; charset=utf-8",
            "Content-Disposition", "attachment; filename=\"customers.csv\"",
            "Cache-Control", "no-store");

    private final ExportCustomers exportCustomers;

    public ExportCustomersHandler() {
        this(Production.exportCustomers());
    }

    public ExportCustomersHandler(ExportCustomers exportCustomers) {
        super(Set.of(Roles.MANAGERS));
        this.exportCustomers = exportCustomers;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return new ApiResponse(200, CSV_HEADERS, exportCustomers.execute(), false);
    }
}
