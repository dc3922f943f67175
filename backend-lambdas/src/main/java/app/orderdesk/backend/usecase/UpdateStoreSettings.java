package app.orderdesk.backend.usecase;

import app.orderdesk.api.StoreSettingsRequest;
import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.domain.StoreLogo;
import app.orderdesk.backend.domain.StoreSettingsRules;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.StoreSettingsRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * PUT /store-settings (managers): replaces the settings whole after checking every field; nothing is
 * written when any field is wrong. Repeating the same PUT writes the same record (idempotent by nature).
 * The logo is part of the record: a PUT without one removes it.
 */
public final class UpdateStoreSettings {

    private final StoreSettingsRepository settings;
    private final Clock clock;

    public UpdateStoreSettings(StoreSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public StoreSettingsView execute(StoreSettingsRequest request, String actor) {
        if (request == null) {
            throw new ValidationFailedException("body", "is required");
        }
        if (request.taxRateBasisPoints() == null) {
            throw new ValidationFailedException("taxRateBasisPoints", "is required (0 for no tax)");
        }
        StoreLogo.Parsed logo = StoreLogo.parse(request.logo());
        StoreSettings candidate = new StoreSettings(trim(request.name()), orEmpty(request.address()), orEmpty(request.phone()),
                orEmpty(request.email()), orEmpty(request.taxNumber()), request.taxRateBasisPoints(), trim(request.currency()),
                trim(request.locale()), trim(request.timeZone()), orEmpty(request.receiptFooter()), actor, clock.instant(),
                logo.logo());
        List<FieldIssue> issues = new ArrayList<>(StoreSettingsRules.check(candidate));
        if (logo.issue() != null) {
            issues.add(logo.issue());
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        settings.save(candidate);
        return StoreSettingsViews.of(candidate);
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
