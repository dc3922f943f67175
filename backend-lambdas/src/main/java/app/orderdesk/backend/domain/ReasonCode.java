package app.orderdesk.backend.domain;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable code of a reason the backend writes on an order or a timeline step, beside its English
 * text (ADR 0039): a desk words the code in its own language with the {@code params} (SKU, amounts in
 * cents, who…) and shows the text only for a code it does not know. The catalogue is below; a code is
 * never renamed once written (old records keep it).
 */
public record ReasonCode(String code, Map<String, String> params) {

    // Workflow outcomes
    public static final String ORDER_NOT_COMPLETED = "ORDER_NOT_COMPLETED";
    public static final String ORDER_REJECTED = "ORDER_REJECTED";
    public static final String OUT_OF_STOCK = "OUT_OF_STOCK";
    public static final String PRODUCT_NOT_SOLD = "PRODUCT_NOT_SOLD";
    public static final String ORDER_NOT_FOUND = "ORDER_NOT_FOUND";
    public static final String ORDER_ENDED_MEANWHILE = "ORDER_ENDED_MEANWHILE";
    public static final String PAYMENT_DECLINED = "PAYMENT_DECLINED";
    public static final String PAYMENT_DECLINED_BY_ISSUER = "PAYMENT_DECLINED_BY_ISSUER";
    public static final String PAYMENT_DECLINED_INSUFFICIENT_FUNDS = "PAYMENT_DECLINED_INSUFFICIENT_FUNDS";
    public static final String PAYMENT_DECLINED_EXPIRED_CARD = "PAYMENT_DECLINED_EXPIRED_CARD";
    public static final String PAYMENT_DECLINED_INCORRECT_CVC = "PAYMENT_DECLINED_INCORRECT_CVC";
    public static final String PAYMENT_DECLINED_LOST_CARD = "PAYMENT_DECLINED_LOST_CARD";
    public static final String PAYMENT_DECLINED_STOLEN_CARD = "PAYMENT_DECLINED_STOLEN_CARD";
    public static final String PAYMENT_DECLINED_CARD_NOT_ACCEPTED = "PAYMENT_DECLINED_CARD_NOT_ACCEPTED";
    public static final String PAYMENT_VOIDED = "PAYMENT_VOIDED";
    public static final String PAYMENT_DETAILS_MISSING = "PAYMENT_DETAILS_MISSING";
    public static final String PAYMENT_SERVICE_FAILED = "PAYMENT_SERVICE_FAILED";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String STEP_TIMED_OUT = "STEP_TIMED_OUT";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String PAYMENT_REFUNDED = "PAYMENT_REFUNDED";
    public static final String NOTIFICATION_NOT_PUBLISHED = "NOTIFICATION_NOT_PUBLISHED";
    public static final String RECEIPT_FOLLOW_UP = "RECEIPT_FOLLOW_UP";
    /** params: step, cause (the code of what failed). */
    public static final String HELD_FOR_RETRY = "HELD_FOR_RETRY";
    // People's actions
    /** params: actor, note (optional, as typed). */
    public static final String CANCELLED_BY = "CANCELLED_BY";
    /** params: step, actor, attempt. */
    public static final String RETRIED_FROM_STEP = "RETRIED_FROM_STEP";
    /** The reconciler resumed an order a workflow run left in flight (ADR 0035); params: step, attempt. */
    public static final String RESUMED_AFTER_STOP = "RESUMED_AFTER_STOP";
    /** The reconciler resumed an order {@code attempts} times and it stopped again: left for people; params: step, attempts. */
    public static final String STOPPED_REPEATEDLY = "STOPPED_REPEATEDLY";
    public static final String CREDIT_NOTE_FOLLOW_UP = "CREDIT_NOTE_FOLLOW_UP";
    /** Refund steps of the timeline; params: amountCents, currency, actor, refundReason, note, lines, followUp. */
    public static final String REFUND_REFUNDED = "REFUND_REFUNDED";
    public static final String REFUND_PENDING = "REFUND_PENDING";
    public static final String REFUND_REFUSED = "REFUND_REFUSED";
    /** A refund of an order paid on delivery: credited against the invoice, nothing through the gateway (ADR 0068). */
    public static final String REFUND_CREDITED = "REFUND_CREDITED";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    // "[[OUT_OF_STOCK sku=MUG-BLU&available=2]] Out of stock: …": how a code crosses the workflow inside an
    // exception's message (Step Functions carries only the error name and the message).
    private static final Pattern TAG = Pattern.compile("^\\[\\[([A-Z][A-Z0-9_]*)( [^\\]]*)?]] ?", Pattern.DOTALL);

    public ReasonCode {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a reason code is UPPER_SNAKE_CASE: " + code);
        }
        Map<String, String> copy = new LinkedHashMap<>();
        if (params != null) {
            params.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        params = java.util.Collections.unmodifiableMap(copy);
    }

    public static ReasonCode of(String code) {
        return new ReasonCode(code, Map.of());
    }

    /** A code with parameters given as name, value, name, value…; null values are left out. */
    public static ReasonCode of(String code, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name, value pairs");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                params.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new ReasonCode(code, params);
    }

    public String param(String name) {
        return params.get(name);
    }

    /** {@code text} with this code in front, for an exception message that crosses the workflow. */
    public String tag(String text) {
        StringBuilder tag = new StringBuilder("[[").append(code);
        String separator = " ";
        for (Map.Entry<String, String> p : params.entrySet()) {
            tag.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = "&";
        }
        return tag.append("]] ").append(text == null ? "" : text).toString();
    }

    /** A message split into its code (null when it carries none) and its text for people. */
    public record Tagged(ReasonCode code, String text) {}

    public static Tagged untag(String message) {
        if (message == null) {
            return new Tagged(null, null);
        }
        Matcher m = TAG.matcher(message);
        if (!m.find()) {
            return new Tagged(null, message);
        }
        Map<String, String> params = new LinkedHashMap<>();
        String query = m.group(2) == null ? "" : m.group(2).strip();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return new Tagged(new ReasonCode(m.group(1), params), message.substring(m.end()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
