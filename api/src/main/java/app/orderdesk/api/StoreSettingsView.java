package app.orderdesk.api;

/** GET/PUT /store-settings: the store's settings, who changed them last and when ({@code null} = defaults). */
public record StoreSettingsView(
        String name,
        String address,
        String phone,
        String email,
        String taxNumber,
        int taxRateBasisPoints,
        String currency,
        String locale,
        String timeZone,
        String receiptFooter,
        String updatedBy,
        String updatedAt) {}
