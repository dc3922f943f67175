package app.orderdesk.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * GET/PUT /store-settings: the store's settings, who changed them last and when ({@code null} = defaults).
 * {@code logo} is the store's logo (PNG or JPEG, base64), null when it has none.
 */
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
        String updatedAt,
        String logo) {

    @JsonCreator
    public StoreSettingsView {}

    /** Without a logo. */
    public StoreSettingsView(String name, String address, String phone, String email, String taxNumber, int taxRateBasisPoints,
                             String currency, String locale, String timeZone, String receiptFooter, String updatedBy, String updatedAt) {
        this(name, address, phone, email, taxNumber, taxRateBasisPoints, currency, locale, timeZone, receiptFooter, updatedBy,
                updatedAt, null);
    }
}
