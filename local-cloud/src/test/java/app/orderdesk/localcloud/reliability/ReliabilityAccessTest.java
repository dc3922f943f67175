package app.orderdesk.localcloud.reliability;

import app.orderdesk.localcloud.emulators.EmulatorProcess;
import app.orderdesk.localcloud.emulators.RepositoryLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.orderdesk.localcloud.reliability.Reliability.line;
import static app.orderdesk.localcloud.reliability.Reliability.order;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what: a token matrix and a role matrix over every route of the template, and receipt links that expire. */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityAccessTest {

    private static final Set<String> ALL = Set.of("staff", "managers", "support");
    /** DESIGN.md's API table, route by route. */
    private static final Map<String, Set<String>> DESIGN = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /place-order", Set.of("staff", "managers")),
            Map.entry("GET /orders", ALL),
            Map.entry("GET /orders/{id}", ALL),
            Map.entry("GET /orders/{id}/timeline", ALL),
            Map.entry("GET /orders/{id}/receipt", ALL),
            Map.entry("POST /orders/{id}/receipt/email", Set.of("support", "managers")),
            Map.entry("POST /orders/{id}/cancel", Set.of("managers")),
            Map.entry("POST /orders/{id}/redrive", Set.of("support", "managers")),
            Map.entry("GET /inventory", ALL),
            Map.entry("GET /inventory/{id}", ALL),
            Map.entry("POST /inventory/{id}/adjustments", Set.of("managers")),
            Map.entry("GET /inventory/{id}/adjustments", ALL),
            Map.entry("POST /inventory/import", Set.of("managers")),
            // Product editing (issue 13, ADR 0038): managers only; not in the brief's table, which predates it.
            Map.entry("POST /inventory", Set.of("managers")),
            Map.entry("PUT /inventory/{id}", Set.of("managers")),
            Map.entry("GET /store-settings", ALL),
            Map.entry("PUT /store-settings", Set.of("managers")),
            Map.entry("POST /orders/{id}/refunds", Set.of("support", "managers")),
            Map.entry("GET /orders/{id}/refunds", Set.of("support", "managers")),
            // ADR 0071: a payment received on delivery
            Map.entry("POST /orders/{id}/payment-received", Set.of("support", "managers")),
            // ADR 0072: a payment recorded by mistake is undone
            Map.entry("POST /orders/{id}/payment-received/undo", Set.of("support", "managers")),
            Map.entry("GET /orders/{id}/credit-notes/{refundId}", ALL),
            Map.entry("GET /customers", ALL),
            Map.entry("GET /customers/{id}/orders", ALL),
            Map.entry("GET /customers/export.csv", Set.of("managers")),
            Map.entry("DELETE /customers/{id}", Set.of("managers")),
            Map.entry("GET /dashboard", Set.of("managers", "staff")),
            Map.entry("GET /orders/attention", Set.of("support", "managers"))));

    private static Reliability r;
    private static Map<String, Set<String>> templateRoutes;
    private static String product;
    private static String completedOrder;

    @BeforeAll
    static void start() throws Exception {
        r = Reliability.get();
        templateRoutes = readTemplateRoutes();
        product = r.seedProduct("rel-access", "Access Lamp", 1000, 50);
        Reliability.Reply placed = r.placeOrder(0, "staff", UUID.randomUUID().toString(),
                order(Reliability.uniqueEmail("access"), "Access Tester", "tok_visa", line(product, 1)));
        completedOrder = placed.json().path("orderId").asText();
        r.awaitExecutions(List.of(completedOrder), Duration.ofSeconds(60));
        // On a loaded machine the first order's first steps can give up (the emulators warming up); such an order
        // is held (ADR 0013) and support retries it, as the attention list offers.
        r.retryHeldOrders(List.of(completedOrder), 3);
    }

    @Test
    void templateGroupsAreDesignsTable() {
        assertThat(templateRoutes).isEqualTo(DESIGN);
    }

    @Test
    void everyRouteRefusesEveryBadTokenWith401() throws Exception {
        String staffIdToken = r.idToken("managers");
        SignedJWT real = SignedJWT.parse(staffIdToken);
        RSAKey cognitoKey = cognitoLocalKey();
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("CognitoLocal").generate();
        long now = System.currentTimeMillis();

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no token", null);
        bad.put("empty bearer", "Bearer ");
        bad.put("malformed", "Bearer not.a.jwt");
        bad.put("garbage base64", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        bad.put("alg none", "Bearer " + unsigned(real.getJWTClaimsSet()));
        bad.put("expired", "Bearer " + resign(cognitoKey, real, c -> c.expirationTime(new Date(now - 60_000)).issueTime(new Date(now - 3_700_000))));
        bad.put("signed by another key", "Bearer " + resign(otherKey, real, c -> c));
        bad.put("wrong issuer", "Bearer " + resign(cognitoKey, real, c -> c.issuer("http://127.0.0.1:1/us-east-1_Other")));
        bad.put("wrong audience", "Bearer " + resign(cognitoKey, real, c -> c.audience("another-client-id")));
        bad.put("access token", "Bearer " + r.signIn("managers").accessToken());
        bad.put("refresh token", "Bearer " + r.signIn("managers").refreshToken());
        bad.put("tampered payload", "Bearer " + tamper(staffIdToken));

        // positive control: the same claims re-signed with the emulator's key are accepted, so each 401 is the tampering's doing
        String control = "Bearer " + resign(cognitoKey, real, c -> c);
        assertThat(call("GET /inventory", control).status()).isEqualTo(200);

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String route : templateRoutes.keySet()) {
            for (var token : bad.entrySet()) {
                Reliability.Reply reply = call(route, token.getValue());
                statuses.merge(reply.status(), 1, Integer::sum);
                if (reply.status() != 401 || !"UNAUTHORIZED".equals(reply.json().path("code").asText())) {
                    wrong.add(route + " with " + token.getKey() + " -> " + reply.status() + " " + reply.body());
                }
            }
        }
        System.out.printf("reliability: token matrix: %d routes x %d bad tokens (%s) = %d calls, answers %s, wrong %d%n",
                templateRoutes.size(), bad.size(), String.join(", ", bad.keySet()), templateRoutes.size() * bad.size(), statuses, wrong.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyGroupOnEveryRouteIsAllowedOrForbiddenAsDesigned() {
        // The demo users (one group each), plus a user in no group (403 everywhere) and a user in two
        // groups (the union of both groups' rights, and nothing of the third's).
        Map<String, Set<String>> principals = new LinkedHashMap<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : List.of("staff", "managers", "support")) {
            principals.put(role, Set.of(role));
            tokens.put(role, r.idToken(role));
        }
        principals.put("no group", Set.of());
        tokens.put("no group", idTokenOfNewUser("nogroup", Set.of()));
        principals.put("staff+support", Set.of("staff", "support"));
        tokens.put("staff+support", idTokenOfNewUser("twogroups", Set.of("staff", "support")));

        int allowed = 0;
        int forbidden = 0;
        Map<String, Integer> allowedBy = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (var route : templateRoutes.entrySet()) {
            for (var principal : principals.entrySet()) {
                Reliability.Reply reply = call(route.getKey(), "Bearer " + tokens.get(principal.getKey()));
                boolean shouldPass = !java.util.Collections.disjoint(DESIGN.getOrDefault(route.getKey(), Set.of()), principal.getValue());
                boolean passed = reply.status() != 401 && reply.status() != 403;
                if (passed) {
                    allowed++;
                    allowedBy.merge(principal.getKey(), 1, Integer::sum);
                } else {
                    forbidden++;
                    allowedBy.merge(principal.getKey(), 0, Integer::sum);
                }
                if (passed != shouldPass || (!passed && reply.status() != 403) || reply.status() >= 500) {
                    wrong.add(principal.getKey() + " " + route.getKey() + " -> " + reply.status() + " " + reply.body());
                }
            }
        }
        System.out.printf("reliability: role matrix: %d routes x %d principals (%s) = %d calls, %d allowed, %d forbidden (403),"
                        + " routes allowed per principal %s, wrong %d%n",
                templateRoutes.size(), principals.size(), String.join(", ", principals.keySet()),
                templateRoutes.size() * principals.size(), allowed, forbidden, allowedBy, wrong.size());
        assertThat(wrong).isEmpty();
        assertThat(allowedBy.get("no group")).as("a user in no group is refused everywhere").isZero();
        assertThat(allowedBy.get("staff+support")).as("two groups: more than either alone")
                .isGreaterThan(Math.max(allowedBy.get("staff"), allowedBy.get("support")));
    }

    /** A user made through Cognito's admin API (as an administrator would), in the given groups; returns its ID token. */
    private static String idTokenOfNewUser(String prefix, Set<String> groups) {
        String pool = r.cloud.userPoolId();
        String username = prefix + "-" + UUID.randomUUID() + "@orderdesk.test";
        String password = "Rel" + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "a7";
        r.cognito.adminCreateUser(q -> q.userPoolId(pool).username(username).messageAction(MessageActionType.SUPPRESS)
                .userAttributes(AttributeType.builder().name("email").value(username).build(),
                        AttributeType.builder().name("email_verified").value("true").build()));
        r.cognito.adminSetUserPassword(q -> q.userPoolId(pool).username(username).password(password).permanent(true));
        groups.forEach(group -> r.cognito.adminAddUserToGroup(q -> q.userPoolId(pool).username(username).groupName(group)));
        String idToken = r.cognito.initiateAuth(q -> q.clientId(r.cloud.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).authenticationResult().idToken();
        assertThat(groupsIn(idToken)).as("the token carries the groups given").isEqualTo(groups);
        return idToken;
    }

    @Test
    void receiptLinksAreShortLivedAndOnlyForSignedInUsers() throws Exception {
        Reliability.Reply anonymous = r.sendRetrying(0, "GET", "/orders/" + completedOrder + "/receipt", null, Map.of(), null);
        Reliability.Reply link = r.getAs("support", "/orders/" + completedOrder + "/receipt");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        String url = link.json().path("url").asText();
        Matcher expires = Pattern.compile("[?&]X-Amz-Expires=(\\d+)").matcher(url);
        assertThat(expires.find()).as(url).isTrue();
        long ttl = Long.parseLong(expires.group(1));
        HttpClient http = HttpClient.newHttpClient();
        int fresh = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();

        // The same object presigned for 3 s, as the handler's presigner would with RECEIPT_URL_TTL_SECONDS=3
        // (SigV4 dates have whole seconds, so a 1 s link may already be stale when it is first used)
        try (S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(EmulatorProcess.ACCESS_KEY_ID, EmulatorProcess.SECRET_ACCESS_KEY)))
                .endpointOverride(r.cloud.s3Endpoint()).serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build()) {
            URI shortLived = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofSeconds(3))
                    .getObjectRequest(g -> g.bucket(r.cloud.bucketName()).key("receipts/" + completedOrder + ".pdf"))).url().toURI();
            int before = http.send(HttpRequest.newBuilder(shortLived).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            long issued = System.nanoTime();
            // wait for the link to stop working (bounded), instead of sleeping a guessed time
            int after = Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                    .until(() -> http.send(HttpRequest.newBuilder(shortLived).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                            status -> status != 200);
            System.out.printf("reliability: receipt links: no token -> %d; handed-out link X-Amz-Expires=%d s, fetch -> %d; a 3 s link -> %d at once, %d from %d ms on%n",
                    anonymous.status(), ttl, fresh, before, after, (System.nanoTime() - issued) / 1_000_000);
            assertThat(before).isEqualTo(200);
            assertThat(after).isEqualTo(403);
        }
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(ttl).isBetween(1L, 300L);
        assertThat(fresh).isEqualTo(200);
    }

    // ---------- helpers ----------

    private static Set<String> groupsIn(String idToken) {
        try {
            List<String> groups = SignedJWT.parse(idToken).getJWTClaimsSet().getStringListClaim("cognito:groups");
            return groups == null ? Set.of() : Set.copyOf(groups);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls a route with harmless arguments: an allowed caller gets a 2xx or a 4xx that writes nothing. */
    private static Reliability.Reply call(String route, String authorization) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        String unknownOrder = UUID.randomUUID().toString();
        String concrete = switch (path) {
            case "/orders/{id}/receipt/email", "/orders/{id}/cancel", "/orders/{id}/redrive" -> path.replace("{id}", unknownOrder);
            case "/inventory/{id}/adjustments" -> path.replace("{id}", method.equals("POST") ? "rel-access-no-such-product" : product);
            case "/orders/{id}/refunds", "/orders/{id}/payment-received", "/orders/{id}/payment-received/undo" ->
                    path.replace("{id}", unknownOrder);
            case "/orders/{id}/credit-notes/{refundId}" -> path.replace("{id}", completedOrder).replace("{refundId}", "no-such-refund");
            default -> path.replace("{id}", path.startsWith("/orders") ? completedOrder : product);
        };
        byte[] body = null;
        Map<String, String> headers = new LinkedHashMap<>();
        if (method.equals("POST") || method.equals("PUT")) {
            headers.put("Content-Type", "application/json");
            body = switch (path) {
                case "/store-settings" -> "{}".getBytes(); // 400: no tax rate, nothing written
                case "/place-order" -> "{\"lines\":[]}".getBytes(); // 400: no lines
                case "/inventory/import" -> new byte[0]; // 400: empty CSV
                case "/inventory/{id}/adjustments" -> "{\"delta\":1,\"reason\":\"COUNT\"}".getBytes(); // 404: unknown product
                case "/orders/{id}/redrive" -> null; // the route takes no body; 404: unknown order
                case "/orders/{id}/refunds" -> "{\"full\":true,\"restock\":true,\"reason\":\"OTHER\"}".getBytes(); // 404: unknown order
                case "/orders/{id}/payment-received" -> "{\"method\":\"CASH\"}".getBytes(); // 404: unknown order
                case "/orders/{id}/payment-received/undo" -> "{\"reason\":\"access check\"}".getBytes(); // 404: unknown order
                default -> "{}".getBytes();
            };
            if (path.equals("/place-order") || path.equals("/orders/{id}/refunds")) {
                headers.put("Idempotency-Key", UUID.randomUUID().toString());
            }
            if (path.equals("/inventory/import")) {
                headers.put("Content-Type", "text/csv");
            }
        }
        return r.sendRetrying(0, method, concrete, authorization, headers, body);
    }

    private static Map<String, Set<String>> readTemplateRoutes() throws Exception {
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(RepositoryLayout.locate().template()));
        Map<String, Set<String>> routes = new TreeMap<>();
        template.path("Resources").properties().forEach(e -> {
            JsonNode fn = e.getValue();
            fn.path("Properties").path("Events").properties().forEach(ev -> {
                if ("Api".equals(ev.getValue().path("Type").asText())) {
                    JsonNode p = ev.getValue().path("Properties");
                    Set<String> groups = new java.util.TreeSet<>();
                    fn.path("Metadata").path("AllowedGroups").forEach(g -> groups.add(g.asText()));
                    routes.put(p.path("Method").asText().toUpperCase() + " " + p.path("Path").asText(), Set.copyOf(groups));
                }
            });
        });
        return routes;
    }

    private static RSAKey cognitoLocalKey() throws Exception {
        JsonNode file = new ObjectMapper().readTree(RepositoryLayout.locate().emulatorsDir()
                .resolve("node_modules/cognito-local/lib/keys/cognitoLocal.private.json").toFile());
        return RSAKey.parse(file.path("jwk").toString());
    }

    private static String resign(RSAKey key, SignedJWT original, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder(original.getJWTClaimsSet())).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("CognitoLocal").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String unsigned(JWTClaimsSet claims) {
        return new com.nimbusds.jwt.PlainJWT(claims).serialize();
    }

    /** Changes the payload (another group) and keeps the original signature. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        var decoder = java.util.Base64.getUrlDecoder();
        String payload = new String(decoder.decode(parts[1])).replace("\"managers\"", "\"admins\"");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
    }
}
