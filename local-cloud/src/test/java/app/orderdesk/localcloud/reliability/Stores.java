package app.orderdesk.localcloud.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static app.orderdesk.localcloud.reliability.Reliability.JSON;

/**
 * Reads the stores themselves: every item of every table, every S3 object and every write the S3
 * emulator made, the SES store, the SNS→SQS messages, and the executions Step Functions lists. What
 * the tests count and compare comes from here, never from what the code under test says it did.
 */
final class Stores {

    private final Reliability r;

    Stores(Reliability r) {
        this.r = r;
    }

    // ---------- S3 writes ----------

    /**
     * The S3 emulator (s3rver) has no versioning: PUT ?versioning and GET ?versions (ListObjectVersions)
     * answer NotImplemented. Its launcher appends every object write to this log instead, one line per
     * PutObject/CopyObject/PostObject/DeleteObject: on AWS, each would be a version.
     */
    Path s3WriteLog() {
        return r.cloud.dataDir().resolve("emulators").resolve("s3-writes.jsonl");
    }

    /** Every object write the emulator made, oldest first. */
    List<JsonNode> s3Writes() {
        Path log = s3WriteLog();
        if (!Files.exists(log)) {
            return List.of();
        }
        try {
            List<JsonNode> writes = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    writes.add(JSON.readTree(line));
                }
            }
            return writes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (versions) of objects under the prefix in the receipts bucket. */
    int s3WritesUnder(String prefix) {
        return (int) s3Writes().stream().filter(w -> w.path("bucket").asText().equals(r.cloud.bucketName())
                && w.path("key").asText().startsWith(prefix) && w.path("event").asText().startsWith("ObjectCreated")).count();
    }

    // ---------- executions ----------

    /**
     * Executions of the order workflow started at or after {@code since} (ListExecutions over the test
     * window) whose input names the order, whatever the execution is called.
     */
    List<ExecutionListItem> executionsFor(String orderId, Instant since) {
        List<ExecutionListItem> found = new ArrayList<>();
        r.sfn.listExecutionsPaginator(q -> q.stateMachineArn(r.cloud.stateMachineArn()).maxResults(1000)).executions().forEach(e -> {
            if (e.startDate() != null && !e.startDate().isBefore(since.minusSeconds(1))) {
                String input = r.sfn.describeExecution(q -> q.executionArn(e.executionArn())).input();
                if (input != null && input.contains(orderId)) {
                    found.add(e);
                }
            }
        });
        return found;
    }

    /** How many executions are RUNNING now (ListExecutions). */
    int runningExecutions() {
        int[] n = {0};
        r.sfn.listExecutionsPaginator(q -> q.stateMachineArn(r.cloud.stateMachineArn()).statusFilter(ExecutionStatus.RUNNING)
                .maxResults(1000)).executions().forEach(e -> n[0]++);
        return n[0];
    }

    // ---------- content hashes ----------

    /**
     * Store → (item → SHA-256 of its content): every item of every template table (consistent scan),
     * every S3 object (its bytes) and every write in the S3 write log, every mail in the SES store,
     * and every message in every SNS→SQS queue. Two snapshots differ if anything was added, removed or changed.
     */
    Map<String, Map<String, String>> contentSnapshot() {
        Map<String, Map<String, String>> stores = new LinkedHashMap<>();
        // Every table in the DynamoDB emulator, not only the ones a test thinks of.
        for (String table : r.dynamoDb.listTablesPaginator(q -> q.limit(100)).tableNames()) {
            stores.put(table, tableItems(table));
        }
        Map<String, String> objects = new TreeMap<>();
        for (S3Object o : r.s3Objects("")) {
            ResponseBytes<GetObjectResponse> bytes = r.s3.getObjectAsBytes(q -> q.bucket(r.cloud.bucketName()).key(o.key()));
            objects.put(o.key(), sha256(bytes.asByteArray()));
        }
        stores.put("s3Objects", objects);
        Map<String, String> writes = new TreeMap<>();
        List<JsonNode> log = s3Writes();
        for (int i = 0; i < log.size(); i++) {
            writes.put(String.format("%08d", i), sha256(log.get(i).toString().getBytes(StandardCharsets.UTF_8)));
        }
        stores.put("s3Writes", writes);
        Map<String, String> mails = new TreeMap<>();
        List<JsonNode> sent = r.mails();
        for (int i = 0; i < sent.size(); i++) {
            mails.put(String.format("%08d", i), sha256(sent.get(i).toString().getBytes(StandardCharsets.UTF_8)));
        }
        stores.put("sesMails", mails);
        stores.put("sqsMessages", queueMessages());
        return stores;
    }

    /** What changed between two snapshots, per store: {@code +added ~changed -removed}; empty when nothing did. */
    static Map<String, String> differences(Map<String, Map<String, String>> before, Map<String, Map<String, String>> after) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String store : union(before.keySet(), after.keySet())) {
            Map<String, String> b = before.getOrDefault(store, Map.of());
            Map<String, String> a = after.getOrDefault(store, Map.of());
            long added = a.keySet().stream().filter(k -> !b.containsKey(k)).count();
            long removed = b.keySet().stream().filter(k -> !a.containsKey(k)).count();
            List<String> changed = a.keySet().stream().filter(k -> b.containsKey(k) && !b.get(k).equals(a.get(k))).toList();
            if (added + removed + changed.size() > 0) {
                changes.put(store, "+" + added + " ~" + changed.size() + " -" + removed + (changed.isEmpty() ? "" : " changed " + changed));
            }
        }
        return changes;
    }

    static Map<String, Integer> sizes(Map<String, Map<String, String>> snapshot) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        snapshot.forEach((store, items) -> sizes.put(store, items.size()));
        return sizes;
    }

    /** Item key → hash of the whole item, so a changed item shows as changed, not as one removed and one added. */
    private Map<String, String> tableItems(String tableName) {
        Map<String, String> items = new TreeMap<>();
        List<String> keyNames = r.dynamoDb.describeTable(q -> q.tableName(tableName)).table().keySchema().stream()
                .map(k -> k.attributeName()).toList();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = r.dynamoDb.scan(q -> q.tableName(tableName).consistentRead(true).exclusiveStartKey(from));
            for (var item : page.items()) {
                items.put(keyOf(item, keyNames), sha256(canonical(item).getBytes(StandardCharsets.UTF_8)));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    private static String keyOf(Map<String, AttributeValue> item, List<String> keyNames) {
        StringBuilder key = new StringBuilder();
        keyNames.forEach(name -> key.append(name).append('=').append(canonical(item.get(name))).append(' '));
        return key.toString().trim();
    }

    /** A stable text form of an attribute value: maps sorted by name, sets sorted. */
    static String canonical(Map<String, AttributeValue> item) {
        StringBuilder out = new StringBuilder("{");
        new TreeMap<>(item).forEach((name, value) -> out.append(name).append('=').append(canonical(value)).append(';'));
        return out.append('}').toString();
    }

    private static String canonical(AttributeValue v) {
        if (v.s() != null) return "S:" + v.s();
        if (v.n() != null) return "N:" + v.n();
        if (v.bool() != null) return "B:" + v.bool();
        if (Boolean.TRUE.equals(v.nul())) return "NULL";
        if (v.b() != null) return "BIN:" + HexFormat.of().formatHex(v.b().asByteArray());
        if (v.hasM()) return "M:" + canonical(v.m());
        if (v.hasL()) {
            StringBuilder l = new StringBuilder("L:[");
            v.l().forEach(e -> l.append(canonical(e)).append(','));
            return l.append(']').toString();
        }
        if (v.hasSs()) return "SS:" + new java.util.TreeSet<>(v.ss());
        if (v.hasNs()) return "NS:" + new java.util.TreeSet<>(v.ns());
        return v.toString();
    }

    private Map<String, String> queueMessages() {
        Map<String, String> messages = new TreeMap<>();
        JsonNode queues = getJson(r.cloud.sqsEndpoint().resolve("/_fauxqs/queues"));
        for (JsonNode queue : queues) {
            String name = queue.path("name").asText();
            JsonNode inspected = getJson(r.cloud.sqsEndpoint().resolve("/_fauxqs/queues/" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
            JsonNode all = inspected.path("messages");
            List<JsonNode> list = new ArrayList<>();
            all.path("ready").forEach(list::add);
            all.path("delayed").forEach(list::add);
            all.path("inflight").forEach(m -> list.add(m.path("message")));
            for (JsonNode m : list) {
                String id = m.path("messageId").asText(m.toString());
                String content = m.path("body").asText() + "|" + m.path("messageAttributes");
                messages.put(name + "/" + id, sha256(content.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return messages;
    }

    private JsonNode getJson(URI uri) {
        try {
            HttpResponse<String> response = r.http.getFirst().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(k -> !a.contains(k)).forEach(all::add);
        return all;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
