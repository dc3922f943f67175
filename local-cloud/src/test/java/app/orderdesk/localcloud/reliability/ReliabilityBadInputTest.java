package app.orderdesk.localcloud.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static app.orderdesk.localcloud.reliability.Reliability.line;
import static app.orderdesk.localcloud.reliability.Reliability.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Hostile requests on every route: a 4xx in the one error shape naming the problem, never a 5xx, never a write. */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityBadInputTest {

    private static Reliability r;
    private static String product;
    private static String completedOrder;

    @BeforeAll
    static void start() {
        r = Reliability.get();
        product = r.seedProduct("rel-hostile", "Hostile Kettle", 2000, 100);
        Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(),
                order(Reliability.uniqueEmail("hostile-base"), "Base Order", "tok_visa", line(product, 1)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        completedOrder = placed.json().path("orderId").asText();
        r.awaitExecutions(List.of(completedOrder), Duration.ofSeconds(60));
        assertThat(attr(r.orderItem(completedOrder), "status")).isEqualTo("COMPLETED");
    }

    @Test
    void everyHostileRequestIsRefusedWithA4xxAndWritesNothing() throws Exception {
        List<JsonNode> handWritten = new ArrayList<>();
        try (InputStream in = ReliabilityBadInputTest.class.getResourceAsStream("/reliability/hostile-requests.jsonl");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = lines.readLine()) != null; ) {
                if (!l.isBlank()) {
                    handWritten.add(Reliability.JSON.readTree(l));
                }
            }
        }
        List<HostileCorpus.Case> corpus = new HostileCorpus(product, completedOrder).build(handWritten);
        Stores stores = new Stores(r);
        // Earlier workflows must have ended, or their last writes would show as changes.
        await().atMost(Duration.ofSeconds(90)).until(stores::runningExecutions, running -> running == 0);
        Map<String, Map<String, String>> before = stores.contentSnapshot();

        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> routes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int fiveHundreds = 0;
        for (HostileCorpus.Case c : corpus) {
            Reliability.Reply reply = sendThrottled(c);
            statuses.merge(reply.status(), 1, Integer::sum);
            routes.merge(c.method() + " " + c.path().replaceAll("\\?.*", "").replace(product, "{id}").replace(completedOrder, "{id}")
                    .replaceAll("^/orders/[^/]+", "/orders/{id}").replaceAll("^/inventory/(?!import)[^/]+", "/inventory/{id}"), 1, Integer::sum);
            if (reply.status() >= 500) {
                fiveHundreds++;
            }
            String problem = check(c, reply);
            if (problem != null) {
                problems.add(c.describe() + " -> " + reply.status() + " " + abbreviate(reply.body()) + ": " + problem);
            }
        }
        Map<String, Map<String, String>> after = stores.contentSnapshot();
        Map<String, String> changes = Stores.differences(before, after);

        System.out.printf("reliability: bad input: %d hostile requests over %d route shapes, statuses %s, 5xx %d, problems %d,"
                        + " content hashes compared before/after: %s, changed %s%n",
                corpus.size(), routes.size(), statuses, fiveHundreds, problems.size(), Stores.sizes(before),
                changes.isEmpty() ? "nothing" : changes);
        problems.forEach(p -> System.out.println("  bad-input problem: " + p));
        assertThat(corpus.size()).isGreaterThanOrEqualTo(200);
        assertThat(problems).isEmpty();
        assertThat(changes).as("nothing written: every item, object, write, mail and message hashes the same").isEmpty();
    }

    @Test
    void nonLatinNamesComeOutRightInThePdfAndTheEmail() throws Exception {
        String productName = "Zażółć gęślą jaźń · Чай улун · Τσάι βουνού · 烏龍茶";
        String customerName = "Łucja Świątek-Иванова Ωμέγα 山田 김";
        String nonLatinProduct = r.seedProduct("rel-unicode", productName, 1234, 10);
        String email = Reliability.uniqueEmail("unicode");
        Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(), order(email, customerName, "tok_visa", line(nonLatinProduct, 2)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String orderId = placed.json().path("orderId").asText();
        r.awaitExecutions(List.of(orderId), Duration.ofSeconds(60));
        assertThat(attr(r.orderItem(orderId), "status")).isEqualTo("COMPLETED");

        byte[] pdf = r.s3.getObjectAsBytes(q -> q.bucket(r.cloud.bucketName()).key("receipts/" + orderId + ".pdf")).asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // table cells wrap long names over lines, CJK even between two characters: compare without whitespace
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        JsonNode mail = await().atMost(Duration.ofSeconds(10)).until(() -> r.mailsTo(email), m -> !m.isEmpty()).getFirst();
        String mailText = mail.path("body").path("text").asText(mail.path("text").asText(""));
        byte[] attached = Base64.getMimeDecoder().decode(mail.path("attachments").get(0).path("content").asText());
        System.out.printf("reliability: non-Latin text: PDF has product name %s, customer name %s; email body has %s/%s, subject '%s', attachment = stored PDF %s%n",
                text.contains(unspaced(productName)), text.contains(unspaced(customerName)), mailText.contains(productName), mailText.contains(customerName),
                mail.path("subject").asText(), java.util.Arrays.equals(attached, pdf));

        assertThat(text).contains(unspaced(productName), unspaced(customerName));
        assertThat(mailText).contains(productName, customerName);
        assertThat(attached).isEqualTo(pdf);
    }

    // ---------- helpers ----------

    private static Reliability.Reply sendThrottled(HostileCorpus.Case c) {
        Reliability.Reply reply = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            reply = r.send(attempt, c.method(), c.path(), "Bearer " + r.idToken(c.role()), c.headers(), c.body());
            if (reply.status() != 429) {
                return reply;
            }
            Reliability.sleep(200);
        }
        return reply;
    }

    /** Null when the answer is right: a 4xx (not 401/403: the role is allowed), the error shape, the field or code named. */
    private static String check(HostileCorpus.Case c, Reliability.Reply reply) {
        if (reply.status() < 400 || reply.status() > 499) {
            return "expected a 4xx";
        }
        if (reply.status() == 401 || reply.status() == 403) {
            return "refused for the wrong reason";
        }
        JsonNode error;
        try {
            error = Reliability.JSON.readTree(reply.body());
        } catch (Exception e) {
            return "not JSON";
        }
        if (error == null || !error.path("code").isTextual() || error.path("code").asText().isBlank()
                || !error.path("message").isTextual() || error.path("message").asText().isBlank() || !error.path("details").isArray()) {
            return "not the error shape {code, message, details}";
        }
        if (c.code() != null && !c.code().equals(error.path("code").asText())) {
            return "expected code " + c.code();
        }
        if (c.field() != null) {
            List<String> fields = new ArrayList<>();
            error.path("details").forEach(d -> fields.add(d.path("field").asText()));
            if (!fields.contains(c.field())) {
                return "expected the field " + c.field() + " to be named";
            }
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 220 ? body.substring(0, 220) + "…" : body;
    }

    private static String unspaced(String text) {
        return text.replaceAll("\\s+", "");
    }
}
