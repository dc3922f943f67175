package app.orderdesk.infra.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * infra/terraform/*.tf as JSON, parsed offline by HashiCorp's HCL parser (npm {@code @cdktf/hcl2json},
 * pinned in infra/terraform-tools). Blocks become arrays of objects, arguments stay values, and every
 * expression is a string such as {@code "${aws_s3_bucket.receipts_bucket.arn}/*"}.
 */
public final class TerraformFiles {

    public static final Path REPO_ROOT = locateRepoRoot();
    public static final Path INFRA_DIR = REPO_ROOT.resolve("infra");
    public static final Path TERRAFORM_DIR = INFRA_DIR.resolve("terraform");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TerraformFiles() {}

    /** {"file.tf": parsed, ...}: one entry per file, as hcl2json prints them. */
    public static JsonNode parseFolder(Path folder) {
        Path tools = INFRA_DIR.resolve("terraform-tools");
        if (!Files.isDirectory(tools.resolve("node_modules/@cdktf/hcl2json"))) {
            throw new IllegalStateException("The HCL parser is not installed: run `npm ci` in " + tools
                    + " (./desk test does it)");
        }
        try {
            Path out = Files.createTempFile("terraform-", ".json");
            Path err = Files.createTempFile("terraform-", ".err");
            try {
                Process node = new ProcessBuilder("node", tools.resolve("hcl2json.mjs").toString(), folder.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!node.waitFor(120, TimeUnit.SECONDS)) {
                    node.destroyForcibly();
                    throw new IllegalStateException("hcl2json did not finish within 120 s");
                }
                if (node.exitValue() != 0) {
                    throw new IllegalStateException("Terraform files do not parse: " + Files.readString(err));
                }
                return JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** All files merged by section: {"resource": {type: {name: body}}, "data": …, "locals": {…}, "variable": {…}}. */
    public static ObjectNode merged(JsonNode perFile) {
        ObjectNode merged = JSON.createObjectNode();
        for (JsonNode file : iterable(perFile.elements())) {
            for (Map.Entry<String, JsonNode> section : iterable(file.properties().iterator())) {
                switch (section.getKey()) {
                    case "resource", "data" -> {
                        ObjectNode bySection = merged.withObject("/" + section.getKey());
                        section.getValue().properties().forEach(type -> type.getValue().properties().forEach(
                                named -> bySection.withObject("/" + type.getKey())
                                        .set(named.getKey(), named.getValue().get(0))));
                    }
                    case "locals" -> section.getValue().forEach(block ->
                            block.properties().forEach(l -> merged.withObject("/locals").set(l.getKey(), l.getValue())));
                    case "variable", "output" -> section.getValue().properties().forEach(v ->
                            merged.withObject("/" + section.getKey()).set(v.getKey(), v.getValue().get(0)));
                    default -> merged.set(section.getKey(), section.getValue());
                }
            }
        }
        return merged;
    }

    public static Path sharedSchemas() {
        // ../shared beside the repository (the worktree or CI's fresh clone); a parent further up as a fallback.
        for (Path p = REPO_ROOT.getParent(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/iac-schemas");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/iac-schemas not found beside " + REPO_ROOT);
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }

    private static Path locateRepoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("infra/template.yaml"))) {
                return p;
            }
        }
        throw new IllegalStateException("infra/template.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
