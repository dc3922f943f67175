package app.orderdesk.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * PUT /store-settings (managers): what the receipts and the desk say about the store. The tax rate is
 * in basis points (1900 = 19.00 %); prices include it (the receipt shows the tax part of the total).
 * {@code logo} is a PNG or JPEG, base64-encoded, at most 200 KB decoded; null or empty means no logo
 * (the record is replaced whole, so a client that keeps the logo sends it back). {@code categoryTaxRates}
 * (category → basis points, e.g. {@code {"food": 700}}) tax products of those categories at their own
 * rate; null or empty means every product at the default rate.
 */
public record StoreSettingsRequest(
        String name,
        String address,
        String phone,
        String email,
        String taxNumber,
        Integer taxRateBasisPoints,
        String currency,
        String locale,
        String timeZone,
        String receiptFooter,
        String logo,
        Map<String, Integer> categoryTaxRates) {

    @JsonCreator
    public StoreSettingsRequest {}

    /** With the default rate only. */
    public StoreSettingsRequest(String name, String address, String phone, String email, String taxNumber,
                                Integer taxRateBasisPoints, String currency, String locale, String timeZone, String receiptFooter,
                                String logo) {
        this(name, address, phone, email, taxNumber, taxRateBasisPoints, currency, locale, timeZone, receiptFooter, logo, null);
    }

    /** Without a logo. */
    public StoreSettingsRequest(String name, String address, String phone, String email, String taxNumber,
                                Integer taxRateBasisPoints, String currency, String locale, String timeZone, String receiptFooter) {
        this(name, address, phone, email, taxNumber, taxRateBasisPoints, currency, locale, timeZone, receiptFooter, null);
    }
}
