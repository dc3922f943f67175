package app.orderdesk.backend.domain;

import java.util.Optional;

/**
 * Phone numbers in E.164 ({@code +4930123456}), the form the customer directory is keyed by, so
 * "030 123456", "+49 30 123456" and "0049 30 123456" find the same caller. A number written without
 * an international prefix is read as a national number of the store's country: its trunk prefix
 * ({@code 0}) is dropped and the store's calling code put in front. Deliberately small (no per-country
 * length tables): what it cannot read as E.164 (fewer than 6 or more than 15 digits) it refuses.
 */
public final class PhoneNumbers {

    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 15;

    private PhoneNumbers() {}

    /** E.164 for {@code raw}, or empty when it is not a phone number. {@code callingCode} is digits only, e.g. "49". */
    public static Optional<String> toE164(String raw, String callingCode) {
        if (raw == null || !raw.trim().matches("[+0-9 ()./-]{4,30}")) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        String international;
        if (trimmed.startsWith("+")) {
            international = digits;
        } else if (digits.startsWith("00")) {
            international = digits.substring(2);
        } else {
            String national = digits.startsWith("0") ? digits.substring(1) : digits;
            international = callingCode + national;
        }
        if (international.length() < MIN_DIGITS || international.length() > MAX_DIGITS || international.startsWith("0")) {
            return Optional.empty();
        }
        return Optional.of("+" + international);
    }
}
