package app.orderdesk.backend.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for customer contact details: what a valid email and phone number look like, and their stored form. */
public final class ContactRules {

    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_NAME_LENGTH = 200;

    // Deliberately pragmatic (not full RFC 5322): one @, a dotted domain, no spaces; SES rejects the rest anyway.
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ]{6,20}$");

    private ContactRules() {}

    public static boolean isValidEmail(String email) {
        return email != null && email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches()
                && !email.contains("..");
    }

    /** An optional leading {@code +}, then digits and spaces, 6 to 20 characters in all, at least 6 digits. */
    public static boolean isValidPhone(String phone) {
        return phone != null && PHONE.matcher(phone).matches() && digitCount(phone) >= 6;
    }

    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Keeps the leading {@code +} and the digits, so "+1 555 0100" and "+15550100" find the same orders. */
    public static Optional<String> normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        String trimmed = phone.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        return Optional.of(trimmed.startsWith("+") ? "+" + digits : digits);
    }

    private static long digitCount(String s) {
        return s.chars().filter(Character::isDigit).count();
    }
}
