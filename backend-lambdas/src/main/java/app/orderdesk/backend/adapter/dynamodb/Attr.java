package app.orderdesk.backend.adapter.dynamodb;

import app.orderdesk.backend.domain.ReasonCode;
import java.time.Instant;
import java.util.LinkedHashMap;
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

    /** A reason code as one map attribute: {@code {code: S, params: M of S}} (ADR 0039). */
    static AttributeValue reasonCode(ReasonCode code) {
        Map<String, AttributeValue> params = new LinkedHashMap<>();
        code.params().forEach((k, v) -> params.put(k, s(v)));
        return AttributeValue.fromM(Map.of("code", s(code.code()), "params", AttributeValue.fromM(params)));
    }

    /** The reason code stored under {@code name}; null for records written before codes existed. */
    static ReasonCode reasonCode(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || !v.hasM() || str(v.m(), "code") == null) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        AttributeValue p = v.m().get("params");
        if (p != null && p.hasM()) {
            p.m().forEach((k, value) -> params.put(k, value.s()));
        }
        return new ReasonCode(str(v.m(), "code"), params);
    }

    static void putIfPresent(Map<String, AttributeValue> item, String name, ReasonCode code) {
        if (code != null) {
            item.put(name, reasonCode(code));
        }
    }

    /** Puts {@code value} only when present, so absent fields stay absent (GSIs must not see nulls). */
    static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }
}
