package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Messages;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason the server wrote on an order or a timeline step, in the desk's words (ADR 0039): the stable code
 * ({@code PAYMENT_DECLINED_BY_ISSUER}, {@code OUT_OF_STOCK}…) picks {@code reason.code.<CODE>} from the bundle and
 * its named values fill the {@code {name}} places ({@code {amount}} from {@code amountCents} in the store's money,
 * {@code {step}} and {@code {cause}} in words). A reason without a code (written before codes existed), a code the
 * bundle does not know or a value the words need but the server did not send: the server's own text, as written.
 */
public final class ReasonWords {

    static final String PREFIX = "reason.code.";
    private static final Pattern PLACE = Pattern.compile("\\{([a-zA-Z]+)}");

    private ReasonWords() {}

    public static String describe(String code, Map<String, String> params, String serverText) {
        String fallback = serverText == null ? "" : serverText.strip();
        if (code == null || code.isBlank() || !Messages.has(PREFIX + code)) {
            return fallback;
        }
        Map<String, String> values = params == null ? Map.of() : params;
        // A variant for an optional value: "Cancelled by {actor}: {note}" when a note was typed.
        String key = values.containsKey("note") && Messages.has(PREFIX + code + ".note") ? PREFIX + code + ".note" : PREFIX + code;
        String words = fill(Messages.text(key), values);
        if (words == null) {
            return fallback;
        }
        if (code.startsWith("REFUND_")) {
            words += refundDetails(values);
        }
        return words;
    }

    /** The pattern with each {name} replaced, or null when the server did not send a value the words need. */
    private static String fill(String pattern, Map<String, String> values) {
        Matcher m = PLACE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1), values);
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, Map<String, String> values) {
        return switch (name) {
            case "amount" -> amount(values.get("amountCents"));
            case "step" -> values.get("step") == null ? null : StepWords.stepName(values.get("step"));
            case "cause" -> values.get("cause") == null ? null
                    : Messages.textOr(PREFIX + values.get("cause"), Messages.humanize(values.get("cause")));
            case "refundReason" -> values.get("refundReason") == null ? null
                    : Messages.textOr("refund.reason." + values.get("refundReason"), Messages.humanize(values.get("refundReason")));
            case "status" -> values.get("status") == null ? null : Messages.textOr("status." + values.get("status"),
                    Messages.humanize(values.get("status")));
            default -> values.get(name);
        };
    }

    private static String amount(String cents) {
        try {
            return cents == null ? null : Money.format(Long.parseLong(cents));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A refund's note, its lines ("2 × Mug (restocked)") and its follow-up, after its first sentence. */
    private static String refundDetails(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        String note = values.get("note");
        if (note != null && !note.isBlank()) {
            text.append(Messages.text("reason.part.note", note));
        }
        String lines = values.get("lines");
        String separator = " — ";
        for (String row : lines == null || lines.isBlank() ? new String[0] : lines.split("\n")) {
            String[] parts = row.split("\\|", 3);
            if (parts.length == 3) {
                String key = Boolean.parseBoolean(parts[2]) ? "reason.part.line.restocked" : "reason.part.line.kept";
                text.append(separator).append(Messages.text(key, parts[0], parts[1]));
                separator = ", ";
            }
        }
        String followUp = values.get("followUp");
        if (followUp != null && !followUp.isBlank()) {
            text.append(". ").append(followUp);
        }
        return text.toString();
    }
}
