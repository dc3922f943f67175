package app.orderdesk.desktop.payment;

import java.time.YearMonth;
import java.util.Optional;

/** An expiry date as typed on a card: "MM/YY" (or "MMYY"); a card is good through the end of that month. */
public final class CardExpiry {

    private CardExpiry() {}

    /** The month typed, if it is one ("12/34" → 2034-12); empty for "13/30" or too few digits. */
    public static Optional<YearMonth> parse(String typed) {
        String digits = CardNumbers.digits(typed == null ? "" : typed);
        if (digits.length() != 4) {
            return Optional.empty();
        }
        int month = Integer.parseInt(digits.substring(0, 2));
        int year = 2000 + Integer.parseInt(digits.substring(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(year, month));
    }

    /** True when the card still works in {@code now}'s month. */
    public static boolean notExpired(YearMonth expiry, YearMonth now) {
        return !expiry.isBefore(now);
    }
}
