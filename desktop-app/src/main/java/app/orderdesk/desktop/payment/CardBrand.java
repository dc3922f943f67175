package app.orderdesk.desktop.payment;

import app.orderdesk.desktop.ui.Messages;
import java.util.Set;

/** Card brands as their number prefixes tell them, with the lengths and security-code size each uses. */
public enum CardBrand {
    VISA("Visa", Set.of(13, 16, 19), 16, 3),
    MASTERCARD("Mastercard", Set.of(16), 16, 3),
    AMERICAN_EXPRESS("American Express", Set.of(15), 15, 4),
    DISCOVER("Discover", Set.of(16, 17, 18, 19), 16, 3),
    JCB("JCB", Set.of(16, 17, 18, 19), 16, 3),
    DINERS_CLUB("Diners Club", Set.of(14, 15, 16, 17, 18, 19), 14, 3),
    UNKNOWN("Card", Set.of(12, 13, 14, 15, 16, 17, 18, 19), 16, 3);

    private final String displayName;
    private final Set<Integer> lengths;
    private final int usualLength;
    private final int cvcLength;

    CardBrand(String displayName, Set<Integer> lengths, int usualLength, int cvcLength) {
        this.displayName = displayName;
        this.lengths = lengths;
        this.usualLength = usualLength;
        this.cvcLength = cvcLength;
    }

    /** The length most of the brand's cards have: where the field moves on to the expiry by itself. */
    public int usualLength() {
        return usualLength;
    }

    public String displayName() {
        return this == UNKNOWN ? app.orderdesk.desktop.ui.Messages.text("card.brand.unknown") : displayName;
    }

    /** True when a number of {@code length} digits is complete for this brand. */
    public boolean allowsLength(int length) {
        return lengths.contains(length);
    }

    /** The longest number this brand issues. */
    public int maxLength() {
        return lengths.stream().mapToInt(Integer::intValue).max().orElse(19);
    }

    public int cvcLength() {
        return cvcLength;
    }

    /** The brand a number's first digits name (IIN ranges); {@link #UNKNOWN} for anything else. */
    public static CardBrand of(String digits) {
        if (digits == null || digits.isEmpty()) {
            return UNKNOWN;
        }
        int two = prefix(digits, 2);
        int three = prefix(digits, 3);
        int four = prefix(digits, 4);
        if (digits.startsWith("4")) {
            return VISA;
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return MASTERCARD;
        }
        if (two == 34 || two == 37) {
            return AMERICAN_EXPRESS;
        }
        if (four == 6011 || two == 65 || (three >= 644 && three <= 649)) {
            return DISCOVER;
        }
        if (four >= 3528 && four <= 3589) {
            return JCB;
        }
        if ((three >= 300 && three <= 305) || two == 36 || two == 38) {
            return DINERS_CLUB;
        }
        return UNKNOWN;
    }

    private static int prefix(String digits, int length) {
        return digits.length() < length ? -1 : Integer.parseInt(digits.substring(0, length));
    }
}
