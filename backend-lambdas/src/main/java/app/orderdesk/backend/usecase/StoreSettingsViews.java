package app.orderdesk.backend.usecase;

import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.backend.domain.StoreSettings;

/** Store settings as the API shows them. */
final class StoreSettingsViews {

    private StoreSettingsViews() {}

    static StoreSettingsView of(StoreSettings s) {
        return new StoreSettingsView(s.name(), s.address(), s.phone(), s.email(), s.taxNumber(), s.taxRateBasisPoints(),
                s.currency(), s.locale(), s.timeZone(), s.receiptFooter(), s.updatedBy(),
                s.updatedAt() == null ? null : s.updatedAt().toString(),
                s.logo() == null ? null : s.logo().base64(), s.categoryTaxRates());
    }
}
