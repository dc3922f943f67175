package app.orderdesk.api;

/**
 * PUT /store-settings (managers): what the receipts and the desk say about the store. The tax rate is
 * in basis points (1900 = 19.00 %); prices include it (the receipt shows the tax part of the total).
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
        String receiptFooter) {}
