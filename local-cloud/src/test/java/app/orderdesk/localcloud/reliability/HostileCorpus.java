package app.orderdesk.localcloud.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static app.orderdesk.localcloud.reliability.Reliability.JSON;

/**
 * Requests every route must refuse with a 4xx, none of which may write anything. The hand-written
 * part lives in {@code reliability/hostile-requests.jsonl}; the bulky ones (2 MB, 1,000 lines,
 * overlong strings) are generated here.
 */
final class HostileCorpus {

    /** One hostile request; {@code field} / {@code code}, when set, must be named in the error. */
    record Case(String name, String method, String path, String role, Map<String, String> headers, byte[] body,
                String field, String code) {

        String describe() {
            return name + " [" + method + " " + (path.length() > 80 ? path.substring(0, 80) + "…" : path) + "]";
        }
    }

    private final String product;
    private final String order;
    private final List<Case> cases = new ArrayList<>();

    HostileCorpus(String product, String completedOrder) {
        this.product = product;
        this.order = completedOrder;
    }

    List<Case> build(List<JsonNode> handWritten) {
        handWritten.forEach(this::fromJsonLine);
        generated();
        return cases;
    }

    // ---------- the JSONL file ----------

    private void fromJsonLine(JsonNode c) {
        String path = substitute(c.path("path").asText());
        Map<String, String> headers = new LinkedHashMap<>();
        c.path("headers").properties().forEach(e -> headers.put(e.getKey(), substitute(e.getValue().asText())));
        byte[] body = null;
        if (c.has("bodyJson")) {
            body = substitute(c.get("bodyJson").toString()).getBytes(StandardCharsets.UTF_8);
        } else if (c.has("body")) {
            body = substitute(c.get("body").asText()).getBytes(StandardCharsets.UTF_8);
        } else if (c.has("placeOrder")) {
            // a valid order changed by "placeOrder": {"set": {json-pointer: value}, "remove": [json-pointer]}
            ObjectNode valid = validOrder();
            c.get("placeOrder").path("set").properties().forEach(e -> set(valid, e.getKey(), e.getValue()));
            c.get("placeOrder").path("remove").forEach(p -> remove(valid, p.asText()));
            body = substitute(valid.toString()).getBytes(StandardCharsets.UTF_8);
        }
        if ("POST".equals(c.path("method").asText("GET")) && "/place-order".equals(path) && !c.path("noKey").asBoolean()) {
            headers.putIfAbsent("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (body != null && !c.path("noContentType").asBoolean()) {
            headers.putIfAbsent("Content-Type", "application/json");
        }
        cases.add(new Case(c.path("name").asText(), c.path("method").asText("GET"), path, c.path("role").asText("support"),
                headers, body, c.hasNonNull("field") ? c.get("field").asText() : null, c.hasNonNull("code") ? c.get("code").asText() : null));
    }

    private String substitute(String text) {
        // seeded products' SKU is their id upper-cased (Reliability.seedProduct)
        return text.replace("{product}", product).replace("{order}", order).replace("{sku}", product.toUpperCase(java.util.Locale.ROOT));
    }

    // ---------- generated ----------

    private void generated() {
        placeOrder("1,000 lines", o -> {
            ArrayNode lines = o.putArray("lines");
            for (int i = 0; i < 1000; i++) {
                lines.addObject().put("productId", "p-" + i).put("quantity", 1);
            }
        }, "lines");
        placeOrder("51 lines", o -> {
            ArrayNode lines = o.putArray("lines");
            for (int i = 0; i < 51; i++) {
                lines.addObject().put("productId", "p-" + i).put("quantity", 1);
            }
        }, "lines");
        placeOrder("overlong customer name (201)", o -> customer(o).put("name", "N".repeat(201)), "customer.name");
        placeOrder("overlong customer name (20,000)", o -> customer(o).put("name", "Ł".repeat(20_000)), "customer.name");
        placeOrder("overlong email (300)", o -> customer(o).put("email", "a".repeat(290) + "@example.test"), "customer.email");
        placeOrder("overlong productId (65)", o -> firstLine(o).put("productId", "p".repeat(65)), "lines[0].productId");
        placeOrder("overlong productId (5,000)", o -> firstLine(o).put("productId", "p".repeat(5000)), "lines[0].productId");
        placeOrder("overlong payment token (65)", o -> o.put("paymentToken", "tok_" + "x".repeat(61)), "paymentToken");
        placeOrder("overlong phone", o -> customer(o).put("phone", "1".repeat(40)), "customer.phone");
        cases.add(new Case("overlong Idempotency-Key (129)", "POST", "/place-order", "staff",
                Map.of("Idempotency-Key", "k".repeat(129), "Content-Type", "application/json"), bytes(validOrder()), "Idempotency-Key", null));
        cases.add(new Case("Idempotency-Key with spaces", "POST", "/place-order", "staff",
                Map.of("Idempotency-Key", "my key " + UUID.randomUUID(), "Content-Type", "application/json"), bytes(validOrder()), "Idempotency-Key", null));

        byte[] twoMb = ("{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":1}],\"customer\":{\"email\":\"big@example.test\",\"name\":\""
                + "B".repeat(2 * 1024 * 1024) + "\"},\"paymentToken\":\"tok_visa\"}").getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("2 MB body", "POST", "/place-order", "staff",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "application/json"), twoMb, null, null));
        cases.add(new Case("65 KiB body", "POST", "/place-order", "staff",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "application/json"),
                pad(validOrder(), 65 * 1024), null, "PAYLOAD_TOO_LARGE"));
        cases.add(new Case("2 MB adjustment", "POST", "/inventory/" + product + "/adjustments", "managers",
                Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()),
                ("{\"delta\":1,\"reason\":\"COUNT\",\"note\":\"" + "n".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8), null, null));
        cases.add(new Case("2 MB resend", "POST", "/orders/" + order + "/receipt/email", "support", Map.of("Content-Type", "application/json"),
                ("{\"email\":\"" + "e".repeat(2 * 1024 * 1024) + "@example.test\"}").getBytes(StandardCharsets.UTF_8), null, null));
        cases.add(new Case("2 MB refund note", "POST", "/orders/" + order + "/refunds", "managers",
                Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()),
                ("{\"full\":true,\"restock\":true,\"reason\":\"OTHER\",\"note\":\"" + "n".repeat(2 * 1024 * 1024) + "\"}")
                        .getBytes(StandardCharsets.UTF_8), null, null));
        cases.add(new Case("overlong refund note (501)", "POST", "/orders/" + order + "/refunds", "managers",
                Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()),
                ("{\"full\":true,\"restock\":true,\"reason\":\"OTHER\",\"note\":\"" + "n".repeat(501) + "\"}")
                        .getBytes(StandardCharsets.UTF_8), "note", null));
        cases.add(new Case("2 MB cancel", "POST", "/orders/" + order + "/cancel", "managers", Map.of("Content-Type", "application/json"),
                ("{\"reason\":\"" + "r".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8), null, null));
        cases.add(new Case("redrive with a body", "POST", "/orders/" + order + "/redrive", "support", Map.of("Content-Type", "application/json"),
                "{\"step\":\"ProcessPayment\"}".getBytes(StandardCharsets.UTF_8), "body", null));
        cases.add(new Case("2 MB redrive", "POST", "/orders/" + order + "/redrive", "managers", Map.of("Content-Type", "application/json"),
                ("{\"x\":\"" + "r".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8), null, null));
        cases.add(new Case("overlong order id in redrive path", "POST", "/orders/" + "o".repeat(2000) + "/redrive", "support", Map.of(), null, null, null));
        cases.add(new Case("redrive of an order that did not fail", "POST", "/orders/" + order + "/redrive", "managers", Map.of(), null, null, "NOT_REDRIVABLE"));
        cases.add(new Case("2 MB store settings", "PUT", "/store-settings", "managers", Map.of("Content-Type", "application/json"),
                ("{\"name\":\"" + "s".repeat(2 * 1024 * 1024) + "\",\"taxRateBasisPoints\":0,\"currency\":\"USD\",\"locale\":\"en-US\","
                        + "\"timeZone\":\"UTC\"}").getBytes(StandardCharsets.UTF_8), null, null));
        // issue 13: a logo whose header claims 60000 × 60000 pixels (a decompression bomb) is refused from its header.
        cases.add(new Case("store logo claiming a huge canvas", "PUT", "/store-settings", "managers", Map.of("Content-Type", "application/json"),
                ("{\"name\":\"Shop\",\"taxRateBasisPoints\":0,\"currency\":\"USD\",\"locale\":\"en-US\",\"timeZone\":\"UTC\",\"logo\":\""
                        + java.util.Base64.getEncoder().encodeToString(app.orderdesk.backend.fakes.TestImages.pngClaiming(60_000, 60_000))
                        + "\"}").getBytes(StandardCharsets.UTF_8), "logo", null));
        StringBuilder csv = new StringBuilder("productId,count\n");
        while (csv.length() < 2 * 1024 * 1024) {
            csv.append("zz-no-such-product-").append(csv.length()).append(",1\n");
        }
        cases.add(new Case("2 MB CSV import", "POST", "/inventory/import", "managers", Map.of("Content-Type", "text/csv"),
                csv.toString().getBytes(StandardCharsets.UTF_8), null, null));
        cases.add(new Case("overlong order id in path", "GET", "/orders/" + "o".repeat(2000), "support", Map.of(), null, null, null));
        cases.add(new Case("overlong product id in path", "GET", "/inventory/" + "p".repeat(2000), "support", Map.of(), null, null, null));
        cases.add(new Case("deeply nested JSON", "POST", "/place-order", "staff",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "application/json"),
                ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8), null, "MALFORMED_JSON"));
        cases.add(new Case("invalid UTF-8 bytes", "POST", "/place-order", "staff",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "application/json"),
                new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'}, null, null));

        // every control character in a customer name (each would land in the PDF, the email and the desktop app)
        for (int c = 0; c < 0x20; c++) {
            if (c == 0x0a || c == 0x0d || c == 0x09 || c % 3 == 0) {
                char ch = (char) c;
                placeOrder("control character U+" + String.format("%04X", c) + " in name", o -> customer(o).put("name", "Ada" + ch + "Lovelace"), "customer.name");
            }
        }
        placeOrder("DEL in name", o -> customer(o).put("name", "Ada\u007fLovelace"), "customer.name");
        placeOrder("C1 control in name", o -> customer(o).put("name", "Ada\u0085Lovelace"), "customer.name");
        placeOrder("header injection in email", o -> customer(o).put("email", "victim@example.test\r\nBcc: all@example.test"), "customer.email");
        placeOrder("header injection in name", o -> customer(o).put("name", "Ada\r\nBcc: all@example.test"), "customer.name");
        for (String q : List.of("0", "-1", "-999999", "1000", "2147483648", "-2147483649", "1e30", "1.5", "0.0001", "99999999999999999999", "-0.5", "1E3")) {
            placeOrder("quantity " + q, o -> firstLine(o).set("quantity", rawNumber(q)), "lines[0].quantity");
        }
        for (String q : List.of("\"1\"", "true", "[1]", "{}", "\"one\"", "\"\"")) {
            placeOrder("quantity as " + q, o -> firstLine(o).set("quantity", raw(q)), "lines[0].quantity");
        }
    }

    private void placeOrder(String name, Consumer<ObjectNode> change, String field) {
        ObjectNode body = validOrder();
        change.accept(body);
        cases.add(new Case(name, "POST", "/place-order", "staff",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "application/json"), bytes(body), field, null));
    }

    ObjectNode validOrder() {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("lines").addObject().put("productId", product).put("quantity", 1);
        body.putObject("customer").put("email", "hostile-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test")
                .put("name", "Hostile Tester").put("phone", "+15555550100");
        body.put("paymentToken", "tok_visa");
        return body;
    }

    private static ObjectNode customer(ObjectNode o) {
        return (ObjectNode) o.get("customer");
    }

    private static ObjectNode firstLine(ObjectNode o) {
        return (ObjectNode) o.get("lines").get(0);
    }

    private static JsonNode raw(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static JsonNode rawNumber(String number) {
        return raw(number);
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pad(ObjectNode body, int size) {
        ObjectNode copy = body.deepCopy();
        customer(copy).put("name", "P".repeat(size));
        return bytes(copy);
    }

    /** Sets a value by a JSON pointer such as {@code /lines/0/quantity}, creating objects on the way. */
    private static void set(ObjectNode root, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (node.isArray()) {
            ((ArrayNode) node).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    private static void remove(ObjectNode root, String pointer) {
        String[] parts = pointer.substring(1).split("/");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        ((ObjectNode) node).remove(parts[parts.length - 1]);
    }
}
