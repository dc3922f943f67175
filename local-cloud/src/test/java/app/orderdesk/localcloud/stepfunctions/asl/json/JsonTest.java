package app.orderdesk.localcloud.stepfunctions.asl.json;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.localcloud.stepfunctions.asl.runtime.Timestamps;
import app.orderdesk.localcloud.stepfunctions.conformance.CorpusLocator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interpreter's fast JSON writing and timestamps say exactly what the slow, general ways say. */
class JsonTest {

    @Test
    void writesEveryCorpusDocumentExactlyAsTheMapperDoes() throws IOException {
        List<String> lines = Files.readAllLines(CorpusLocator.casesFile(), StandardCharsets.UTF_8);
        int documents = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode document = Json.parse(line);
            assertThat(Json.write(document)).isEqualTo(Json.MAPPER.writeValueAsString(document));
            documents++;
        }
        assertThat(documents).isGreaterThan(500);
    }

    @Test
    void writesNodesOfEveryKindAsTheMapperDoes() throws IOException {
        var nodes = Json.MAPPER.getNodeFactory();
        var object = Json.object();
        object.put("int", 1).put("long", 1L << 40).put("double", 1.5d).put("decimal", new java.math.BigDecimal("3.14159265358979323846264338327950288"))
                .put("big", new java.math.BigInteger("123456789012345678901234567890")).put("text", "é\"\\\n\u2028😀")
                .put("bool", true).putNull("null");
        object.putArray("array").add(nodes.numberNode((short) 3)).add(nodes.numberNode(2.5f)).addObject().putArray("empty");
        assertThat(Json.write(object)).isEqualTo(Json.MAPPER.writeValueAsString(object));
        // Kinds the fast path does not know (binary, POJO) make the mapper write the whole tree.
        object.putArray("other").add(nodes.binaryNode(new byte[] {1, 2})).addPOJO(List.of("x"));
        assertThat(Json.write(object)).isEqualTo(Json.MAPPER.writeValueAsString(object));
    }

    @Test
    void countsUtf8BytesAsTheEncoderDoes() {
        for (String text : List.of("", "abc", "é", "€", "😀", "a\uD800b", "\uDC00", "x\uD83D", "mixed é€😀 text")) {
            assertThat(Json.utf8Length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void formatsTimestampsAsTheFormatterDoes() {
        DateTimeFormatter reference = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
        Random random = new Random(7);
        Instant instant = Instant.parse("2025-12-31T23:59:58.990Z");
        for (int i = 0; i < 5_000; i++) {
            instant = instant.plusNanos(random.nextInt(i % 2 == 0 ? 2_000_000 : 900_000_000));
            assertThat(Timestamps.format(instant)).isEqualTo(reference.format(instant));
        }
        for (Instant edge : List.of(Instant.EPOCH, Instant.parse("2024-02-29T00:00:00.005Z"), Instant.parse("1999-12-31T23:59:59.999Z"))) {
            assertThat(Timestamps.format(edge)).isEqualTo(reference.format(edge));
        }
    }
}
