package app.orderdesk.localcloud.stepfunctions.asl.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** The engine's single Jackson mapper and the few JSON helpers every state needs. */
public final class Json {

    /** Numbers keep their exact decimal form so outputs echo inputs faithfully. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Json() {}

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Compact JSON text of {@code node}. Plain trees (objects, arrays, text, numbers, booleans, null) are
     * written straight to a generator, which is what the mapper does for them without the per-call
     * serializer set-up that dominated the interpreter's profile; anything else goes through the mapper.
     */
    public static String write(JsonNode node) {
        try {
            StringWriter out = new StringWriter(64);
            try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
                if (!writePlain(node, generator)) {
                    return MAPPER.writeValueAsString(node);
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a plain tree; false (with partial output to discard) when it holds another kind of node. */
    private static boolean writePlain(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node) {
            case ObjectNode object -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : object.properties()) {
                    generator.writeFieldName(field.getKey());
                    if (!writePlain(field.getValue(), generator)) {
                        return false;
                    }
                }
                generator.writeEndObject();
            }
            case ArrayNode array -> {
                generator.writeStartArray();
                for (JsonNode item : array) {
                    if (!writePlain(item, generator)) {
                        return false;
                    }
                }
                generator.writeEndArray();
            }
            case TextNode text -> generator.writeString(text.textValue());
            case IntNode number -> generator.writeNumber(number.intValue());
            case ShortNode number -> generator.writeNumber(number.shortValue());
            case FloatNode number -> generator.writeNumber(number.floatValue());
            case LongNode number -> generator.writeNumber(number.longValue());
            case DecimalNode number -> generator.writeNumber(number.decimalValue());
            case BigIntegerNode number -> generator.writeNumber(number.bigIntegerValue());
            case DoubleNode number -> generator.writeNumber(number.doubleValue());
            case BooleanNode bool -> generator.writeBoolean(bool.booleanValue());
            case NullNode ignored -> generator.writeNull();
            default -> {
                return false;
            }
        }
        return true;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Size in UTF-8 bytes of the node's compact serialisation, as the payload limit counts it. */
    public static int byteSize(JsonNode node) {
        return utf8Length(write(node));
    }

    /** UTF-8 length of {@code text} without encoding it (unpaired surrogates count as '?', as the encoder writes them). */
    public static int utf8Length(String text) {
        int bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    public static JsonNode nullToJsonNull(JsonNode node) {
        return node == null ? MAPPER.nullNode() : node;
    }
}
