package app.orderdesk.desktop.settings;

/** The fields of the store settings screen, each with the name the API uses for it in a 400's details. */
public enum StoreField {
    NAME("name"),
    ADDRESS("address"),
    PHONE("phone"),
    EMAIL("email"),
    TAX_NUMBER("taxNumber"),
    TAX_RATE("taxRateBasisPoints"),
    CATEGORY_TAX_RATES("categoryTaxRates"),
    CURRENCY("currency"),
    LOCALE("locale"),
    TIME_ZONE("timeZone"),
    RECEIPT_FOOTER("receiptFooter");

    private final String apiName;

    StoreField(String apiName) {
        this.apiName = apiName;
    }

    /** The JSON field name, as the API's error details name it. */
    public String apiName() {
        return apiName;
    }

    /** The field an API error detail names, if it is one of ours. */
    public static java.util.Optional<StoreField> byApiName(String name) {
        if (name != null && name.startsWith(CATEGORY_TAX_RATES.apiName + ".")) {
            return java.util.Optional.of(CATEGORY_TAX_RATES); // categoryTaxRates.food: one category's rate
        }
        for (StoreField field : values()) {
            if (field.apiName.equals(name)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }

    /** The bundle key stem for this field's label and help text ({@code settings.field.name}). */
    public String key() {
        return "settings.field." + apiName;
    }
}
