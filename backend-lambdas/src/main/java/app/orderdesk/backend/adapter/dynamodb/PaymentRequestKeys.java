package app.orderdesk.backend.adapter.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * ADR 0085: the Idempotency-Keys that recorded or undid an order's payment, a string set on the order's item. Each
 * write adds its key, and is conditional on the key not being there yet: a late copy of a request cannot record
 * (or undo) a second time after someone corrected what the first copy did.
 */
final class PaymentRequestKeys {

    static final String ATTRIBUTE = "paymentRequests";

    private PaymentRequestKeys() {}

    /** The ADD clause for the key (after an ADD already in the expression); "" without a key. */
    static String add(String requestKey, Map<String, AttributeValue> values) {
        if (requestKey == null) {
            return "";
        }
        values.put(":requestKeys", AttributeValue.fromSs(java.util.List.of(requestKey)));
        return ", " + ATTRIBUTE + " :requestKeys";
    }

    /** The condition that the key is new; "" without a key. */
    static String unused(String requestKey, Map<String, AttributeValue> values) {
        if (requestKey == null) {
            return "";
        }
        values.put(":requestKey", AttributeValue.fromS(requestKey));
        return " AND NOT contains(" + ATTRIBUTE + ", :requestKey)";
    }

    static boolean contains(Map<String, AttributeValue> item, String requestKey) {
        AttributeValue keys = item == null ? null : item.get(ATTRIBUTE);
        return keys != null && keys.hasSs() && keys.ss().contains(requestKey);
    }
}
