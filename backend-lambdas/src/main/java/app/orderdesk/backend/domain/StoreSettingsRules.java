package app.orderdesk.backend.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What store settings must satisfy, each broken rule named by its field. */
public final class StoreSettingsRules {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 300;
    static final int MAX_FOOTER = 300;
    static final int MAX_TAX_RATE = 10_000;
    static final int MAX_CATEGORIES = 50;
    private static final Pattern TAX_NUMBER = Pattern.compile("^[A-Za-z0-9 .\\-/]{0,40}$");

    private StoreSettingsRules() {}

    public static List<FieldIssue> check(StoreSettings s) {
        List<FieldIssue> issues = new ArrayList<>();
        if (s.name() == null || s.name().isBlank()) {
            issues.add(new FieldIssue("name", "is required"));
        } else if (s.name().length() > MAX_NAME) {
            issues.add(new FieldIssue("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (s.address() != null && s.address().length() > MAX_ADDRESS) {
            issues.add(new FieldIssue("address", "must be at most " + MAX_ADDRESS + " characters"));
        }
        if (s.receiptFooter() != null && s.receiptFooter().length() > MAX_FOOTER) {
            issues.add(new FieldIssue("receiptFooter", "must be at most " + MAX_FOOTER + " characters"));
        }
        if (s.email() != null && !s.email().isEmpty() && !ContactRules.isValidEmail(s.email())) {
            issues.add(new FieldIssue("email", "is not an email address"));
        }
        if (s.phone() != null && !s.phone().isEmpty() && !ContactRules.isValidPhone(s.phone())) {
            issues.add(new FieldIssue("phone", "is not a phone number"));
        }
        if (s.taxNumber() != null && !TAX_NUMBER.matcher(s.taxNumber()).matches()) {
            issues.add(new FieldIssue("taxNumber", "must be at most 40 letters, digits, spaces, dots, dashes or slashes"));
        }
        if (s.taxRateBasisPoints() < 0 || s.taxRateBasisPoints() > MAX_TAX_RATE) {
            issues.add(new FieldIssue("taxRateBasisPoints", "must be between 0 and " + MAX_TAX_RATE + " (0 % to 100 %)"));
        }
        checkCategoryTaxRates(s, issues);
        checkCurrency(s.currency(), issues);
        checkLocale(s.locale(), issues);
        checkZone(s.timeZone(), issues);
        return issues;
    }

    /** Each per-category rate is checked like the default rate and named by its category. */
    private static void checkCategoryTaxRates(StoreSettings s, List<FieldIssue> issues) {
        if (s.categoryTaxRates().size() > MAX_CATEGORIES) {
            issues.add(new FieldIssue("categoryTaxRates", "must have at most " + MAX_CATEGORIES + " categories"));
            return;
        }
        s.categoryTaxRates().forEach((category, rate) -> {
            if (!ProductCategory.isValid(category)) {
                issues.add(new FieldIssue("categoryTaxRates." + shortened(category), ProductCategory.RULE));
            } else if (rate == null || rate < 0 || rate > MAX_TAX_RATE) {
                issues.add(new FieldIssue("categoryTaxRates." + category, "must be between 0 and " + MAX_TAX_RATE + " (0 % to 100 %)"));
            }
        });
    }

    private static String shortened(String category) {
        return category == null ? "" : category.length() <= 40 ? category : category.substring(0, 40) + "…";
    }

    private static void checkCurrency(String currency, List<FieldIssue> issues) {
        try {
            if (currency == null || !Currency.getInstance(currency).getCurrencyCode().equals(currency)) {
                issues.add(new FieldIssue("currency", "must be an ISO 4217 code such as USD or EUR"));
            }
        } catch (IllegalArgumentException unknown) {
            issues.add(new FieldIssue("currency", "must be an ISO 4217 code such as USD or EUR"));
        }
    }

    private static void checkLocale(String locale, List<FieldIssue> issues) {
        try {
            if (locale == null || new Locale.Builder().setLanguageTag(locale).build().getLanguage().isEmpty()) {
                issues.add(new FieldIssue("locale", "must be a language tag such as en-US or de-DE"));
            }
        } catch (IllformedLocaleException bad) {
            issues.add(new FieldIssue("locale", "must be a language tag such as en-US or de-DE"));
        }
    }

    private static void checkZone(String zone, List<FieldIssue> issues) {
        try {
            if (zone == null) {
                issues.add(new FieldIssue("timeZone", "must be a time zone such as Europe/Berlin"));
            } else {
                ZoneId.of(zone);
            }
        } catch (DateTimeException bad) {
            issues.add(new FieldIssue("timeZone", "must be a time zone such as Europe/Berlin"));
        }
    }
}
