package app.orderdesk.localcloud.reliability;

import static app.orderdesk.localcloud.reliability.Reliability.line;
import static app.orderdesk.localcloud.reliability.Reliability.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A manager saves the store's settings through the API; every role reads them; the next order's
 * receipt (made by the workflow's receipt task from the deployment artifact, with its own IAM policy)
 * carries the store's name, tax number, tax line and footer.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class StoreSettingsEndToEndTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static Reliability r;

    @BeforeAll
    static void start() {
        r = Reliability.get();
    }

    /** Other tests read receipts too: leave the store as a fresh one would be (USD, en-US, UTC, no tax). */
    @AfterAll
    static void restoreDefaults() {
        put("managers", "{\"name\":\"Order Desk store\",\"taxRateBasisPoints\":0,\"currency\":\"USD\",\"locale\":\"en-US\","
                + "\"timeZone\":\"UTC\",\"receiptFooter\":\"Thank you for your order.\"}");
    }

    private static Reliability.Reply put(String role, String body) {
        return r.send(0, "PUT", "/store-settings", "Bearer " + r.idToken(role), JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Reliability.Reply get(String role) {
        return r.send(0, "GET", "/store-settings", "Bearer " + r.idToken(role), Map.of(), null);
    }

    @Test
    void aManagersSettingsAreReadByEveryRoleAndPrintedOnTheNextReceipt() throws Exception {
        String name = "Settings E2E Store " + UUID.randomUUID().toString().substring(0, 8);
        Reliability.Reply saved = put("managers", "{\"name\":\"" + name + "\",\"address\":\"1 Harbour Road\\nPortsmouth\","
                + "\"taxNumber\":\"GB-E2E-123\",\"taxRateBasisPoints\":2000,\"currency\":\"USD\",\"locale\":\"en-US\","
                + "\"timeZone\":\"UTC\",\"receiptFooter\":\"See you soon\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("updatedBy").asText()).isNotBlank();

        for (String role : List.of("staff", "support", "managers")) {
            Reliability.Reply read = get(role);
            assertThat(read.status()).as(role).isEqualTo(200);
            assertThat(read.json().path("name").asText()).as(role).isEqualTo(name);
            assertThat(read.json().path("taxRateBasisPoints").asInt()).isEqualTo(2000);
        }
        assertThat(put("staff", "{}").status()).as("staff may not change the store").isEqualTo(403);

        String product = r.seedProduct("rel-settings", "Harbour Mug", 1200, 5);
        String customer = Reliability.uniqueEmail("settings");
        Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(),
                order(customer, "Ada Lovelace", "tok_visa", line(product, 2)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String orderId = placed.json().path("orderId").asText();
        r.awaitExecutions(List.of(orderId), Duration.ofSeconds(60));

        byte[] pdf = r.s3.getObjectAsBytes(q -> q.bucket(r.cloud.bucketName()).key("receipts/" + orderId + ".pdf")).asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            System.out.printf("store settings: receipt of %d bytes for a 1-line order with the store's header and tax line%n", pdf.length);
            assertThat(text).contains(name, "1 Harbour Road", "Portsmouth", "Tax number: GB-E2E-123", "Tax 20 %", "$4.00",
                    "Total:", "$24.00", "Paid by Visa •••• 4242", "See you soon", " UTC");
        }
        var mail = r.mailsTo(customer);
        assertThat(mail).as("one receipt email, from the SES store").hasSize(1);
        assertThat(mail.getFirst().path("subject").asText()).endsWith(name);
        assertThat(mail.getFirst().path("body").path("text").asText()).contains("Subtotal (excl. tax): $20.00", "Tax 20 %: $4.00", "See you soon");
        assertThat(mail.getFirst().path("body").path("html").asText()).contains("<h2", name, "Ada Lovelace", "$24.00");
    }

    /** issue 13: the logo is saved with the settings, read back as sent, and drawn on the next receipt. */
    @Test
    void aManagersLogoIsSavedAndDrawnOnTheNextReceipt() throws Exception {
        var image = new java.awt.image.BufferedImage(240, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.MAGENTA);
        g.fillRect(0, 0, 240, 80);
        g.dispose();
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        String logo = java.util.Base64.getEncoder().encodeToString(png.toByteArray());

        Reliability.Reply saved = put("managers", "{\"name\":\"Logo E2E Store\",\"taxRateBasisPoints\":0,\"currency\":\"USD\","
                + "\"locale\":\"en-US\",\"timeZone\":\"UTC\",\"logo\":\"" + logo + "\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(get("support").json().path("logo").asText()).as("every role reads the logo as sent").isEqualTo(logo);

        String product = r.seedProduct("rel-logo", "Logo Mug", 900, 5);
        Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(),
                order(Reliability.uniqueEmail("logo"), "Ada Lovelace", "tok_visa", line(product, 1)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String orderId = placed.json().path("orderId").asText();
        r.awaitExecutions(List.of(orderId), Duration.ofSeconds(60));

        byte[] pdf = r.s3.getObjectAsBytes(q -> q.bucket(r.cloud.bucketName()).key("receipts/" + orderId + ".pdf")).asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            List<String> images = new java.util.ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject x) {
                    images.add(x.getWidth() + "x" + x.getHeight());
                }
            }
            System.out.printf("store logo: receipt of %d bytes with images %s%n", pdf.length, images);
            assertThat(images).as("the 240×80 logo is on the receipt's page").contains("240x80");
            assertThat(new PDFTextStripper().getText(document)).contains("Logo E2E Store");
        }
    }

    /**
     * issue 13: a German store's refund gets its credit note and email in German, made by the refund
     * function from the deployment artifact under its own IAM policy (it reads the settings item).
     */
    @Test
    void aGermanStoresRefundGetsAGermanCreditNoteAndEmail() throws Exception {
        Reliability.Reply saved = put("managers", "{\"name\":\"Kaffeehaus E2E\",\"address\":\"Hauptstraße 1\\n10115 Berlin\","
                + "\"taxRateBasisPoints\":0,\"currency\":\"USD\",\"locale\":\"de-DE\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("timeZone").asText()).as("left out: the deployment's (the local cloud's StoreTimeZone default)")
                .isEqualTo("UTC");
        String product = r.seedProduct("rel-credit-de", "Blaue Tasse", 1200, 5);
        String customer = Reliability.uniqueEmail("credit-de");
        Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(),
                order(customer, "Zofia Łukasiewicz", "tok_visa", line(product, 1)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String orderId = placed.json().path("orderId").asText();
        r.awaitExecutions(List.of(orderId), Duration.ofSeconds(60));

        Reliability.Reply refunded = r.sendRetrying(0, "POST", "/orders/" + orderId + "/refunds", "Bearer " + r.idToken("managers"),
                Map.of("Idempotency-Key", "refund-" + UUID.randomUUID(), "Content-Type", "application/json"),
                "{\"full\":true,\"restock\":true,\"reason\":\"CUSTOMER_REQUEST\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(201);
        String refundId = refunded.json().path("refundId").asText();

        byte[] pdf = r.s3.getObjectAsBytes(q -> q.bucket(r.cloud.bucketName()).key("credit-notes/" + orderId + "/" + refundId + ".pdf"))
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            System.out.printf("store settings: German credit note of %d bytes from the refund function%n", pdf.length);
            assertThat(text).contains("Kaffeehaus E2E", "Hauptstraße 1", "Gutschrift CN-", "Zur Bestellung", " UTC",
                            "Kunde: Zofia Łukasiewicz", "Grund: Kundenwunsch", "Erstattet: 12,00\u00a0$")
                    .doesNotContain("Credit note", "Refunded", "Reason");
        }
        List<com.fasterxml.jackson.databind.JsonNode> notes = r.mailsTo(customer).stream()
                .filter(m -> m.path("subject").asText().startsWith("Gutschrift")).toList();
        assertThat(notes).as("one credit note email, from the SES store").hasSize(1);
        assertThat(notes.getFirst().path("subject").asText()).endsWith("Kaffeehaus E2E");
        assertThat(notes.getFirst().path("body").path("text").asText()).contains("Guten Tag Zofia Łukasiewicz,", "12,00\u00a0$",
                "Ihre Gutschrift liegt dieser E-Mail bei.");
    }

    @Test
    void aLogoThatIsNoImageIsNamedAndNothingChanges() {
        String before = get("managers").body();
        // The PNG signature, then no image: only decoding tells.
        byte[] fake = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 'n', 'o', 't', ' ', 'a', 'n', ' ', 'i', 'm', 'a', 'g', 'e'};
        String notAnImage = java.util.Base64.getEncoder().encodeToString(fake);

        Reliability.Reply refused = put("managers", "{\"name\":\"Shop\",\"taxRateBasisPoints\":0,\"currency\":\"USD\","
                + "\"locale\":\"en-US\",\"timeZone\":\"UTC\",\"logo\":\"" + notAnImage + "\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("details").findValuesAsText("field")).containsExactly("logo");
        assertThat(get("managers").body()).isEqualTo(before);
    }

    /** ADR 0080: the zone is the deployment's, which also decides the days the dashboard counts; a desk cannot move it. */
    @Test
    void aTimeZoneOtherThanTheDeploymentsIsNamedAndNothingChanges() {
        String before = get("managers").body();

        Reliability.Reply refused = put("managers", "{\"name\":\"Shop\",\"taxRateBasisPoints\":0,\"currency\":\"USD\","
                + "\"locale\":\"en-US\",\"timeZone\":\"Europe/Berlin\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("details").findValuesAsText("field")).containsExactly("timeZone");
        assertThat(refused.json().path("details").findValuesAsText("issue"))
                .containsExactly("must be UTC, the time zone the store was deployed with (StoreTimeZone)");
        assertThat(get("managers").body()).isEqualTo(before);
    }

    /**
     * ADR 0087: two managers open the settings; the first saves; the second's save, made on what they read, is refused
     * (it silently undid the first's change before) and names who saved; read again, it goes through.
     */
    @Test
    void aSaveOverAnotherManagersNewerSaveIsRefusedAndNothingChanges() {
        String read = get("managers").json().path("updatedAt").asText("none");
        String ifMatch = "\"" + (read.isEmpty() || read.equals("null") ? "none" : read) + "\"";
        String body = "{\"name\":\"%s\",\"taxRateBasisPoints\":0,\"currency\":\"USD\",\"locale\":\"en-US\",\"timeZone\":\"UTC\"}";
        Map<String, String> onWhatWasRead = Map.of("Content-Type", "application/json", "If-Match", ifMatch);

        Reliability.Reply first = r.send(0, "PUT", "/store-settings", "Bearer " + r.idToken("managers"), onWhatWasRead,
                body.formatted("First manager's shop").getBytes(StandardCharsets.UTF_8));
        Reliability.Reply second = r.send(1, "PUT", "/store-settings", "Bearer " + r.idToken("managers"), onWhatWasRead,
                body.formatted("Second manager's shop").getBytes(StandardCharsets.UTF_8));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().path("code").asText()).isEqualTo("SETTINGS_CHANGED");
        assertThat(second.json().path("message").asText()).contains("saved by " + first.json().path("updatedBy").asText());
        assertThat(get("staff").json().path("name").asText()).isEqualTo("First manager's shop");
        Reliability.Reply readAgain = r.send(1, "PUT", "/store-settings", "Bearer " + r.idToken("managers"),
                Map.of("Content-Type", "application/json", "If-Match", "\"" + first.json().path("updatedAt").asText() + "\""),
                body.formatted("Second manager's shop").getBytes(StandardCharsets.UTF_8));
        assertThat(readAgain.status()).as(readAgain.body()).isEqualTo(200);
        assertThat(get("staff").json().path("name").asText()).isEqualTo("Second manager's shop");
    }

    @Test
    void aWrongFieldIsNamedAndNothingChanges() {
        String before = get("managers").body();

        Reliability.Reply refused = put("managers", "{\"name\":\"Shop\",\"taxRateBasisPoints\":0,\"currency\":\"EURO\","
                + "\"locale\":\"en-US\",\"timeZone\":\"Mars/Base\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().path("details").findValuesAsText("field")).containsExactlyInAnyOrder("currency", "timeZone");
        assertThat(get("managers").body()).isEqualTo(before);
    }
}
