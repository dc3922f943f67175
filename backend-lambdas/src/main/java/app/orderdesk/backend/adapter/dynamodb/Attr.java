package app.orderdesk.backend.adapter.dynamodb;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers to read and write DynamoDB attribute values without the reflection-heavy enhanced client. */
final class Attr {

    private Attr() {}

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static long num(Map<String, AttributeValue> item, String name, long fallback) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? fallback : Long.parseLong(v.n());
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        String s = str(item, name);
        return s == null ? null : Instant.parse(s);
    }

    /** Puts {@code value} only when present, so absent fields stay absent (GSIs must not see nulls). */
    static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }
}
