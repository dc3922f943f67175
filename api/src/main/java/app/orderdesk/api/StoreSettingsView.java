package app.orderdesk.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * GET/PUT /store-settings: the store's settings, who changed them last and when ({@code null} = defaults).
 * {@code logo} is the store's logo (PNG or JPEG, base64), null when it has none. {@code categoryTaxRates}:
 * category → basis points, empty when every product is taxed at the default rate.
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
        String logo,
        Map<String, Integer> categoryTaxRates) {

    @JsonCreator
    public StoreSettingsView {
        categoryTaxRates = categoryTaxRates == null ? Map.of() : categoryTaxRates;
    }

    /** With the default rate only. */
    public StoreSettingsView(String name, String address, String phone, String email, String taxNumber, int taxRateBasisPoints,
                             String currency, String locale, String timeZone, String receiptFooter, String updatedBy, String updatedAt,
                             String logo) {
        this(name, address, phone, email, taxNumber, taxRateBasisPoints, currency, locale, timeZone, receiptFooter, updatedBy,
                updatedAt, logo, Map.of());
    }

    /** Without a logo. */
    public StoreSettingsView(String name, String address, String phone, String email, String taxNumber, int taxRateBasisPoints,
                             String currency, String locale, String timeZone, String receiptFooter, String updatedBy, String updatedAt) {
        this(name, address, phone, email, taxNumber, taxRateBasisPoints, currency, locale, timeZone, receiptFooter, updatedBy,
                updatedAt, null);
    }
}
