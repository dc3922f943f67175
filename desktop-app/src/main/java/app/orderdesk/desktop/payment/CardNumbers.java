package app.orderdesk.desktop.payment;

/** Checks on a card number as typed: digits only, the Luhn check digit, complete for its brand. */
public final class CardNumbers {

    private CardNumbers() {}

    /** The digits of what was typed ("4242 4242-4242 4242" → "4242424242424242"). */
    public static String digits(CharSequence typed) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** The Luhn (mod 10) check every card number carries in its last digit. */
    public static boolean luhnValid(String digits) {
        if (digits == null || digits.length() < 2 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** True when the number has a length its brand issues and passes the Luhn check. */
    public static boolean complete(String digits) {
        return CardBrand.of(digits).allowsLength(digits.length()) && luhnValid(digits);
    }

    /** The last four digits, which receipts and the screen may show. */
    public static String lastFour(String digits) {
        return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
    }
}
