package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the last complete deploy into a data folder was made from: the template's and the Lambda artifacts'
 * hashes (an artifact's by its size and time) and the emulators' data folder identity (a random id written into it when it is first used, so a
 * deleted or replaced data folder never matches), with the ids the emulators gave out (the user pool and its
 * client). Written after a deploy completed, deleted before a full deploy starts: a deploy that stopped half
 * way leaves no stamp, and the next start deploys in full.
 *
 * <p>The deploy is idempotent, so with the same inputs it would create nothing new; a matching stamp lets a
 * second start check with one list call per emulator that the resources are still there instead of asking
 * for each one again (see {@link TemplateDeployer#deploy}).
 */
public record DeployStamp(Inputs inputs, String userPoolId, String clientId) {

    /** The file, in the local cloud's data folder (next to {@code emulators/}). */
    public static final String FILE_NAME = "deploy-stamp.json";
    /** The identity file inside the emulators' data folder. */
    static final String IDENTITY_FILE = ".orderdesk-data-id";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a deploy is made from; two deploys from equal inputs create the same resources. */
    public record Inputs(String templateHash, String artifactsHash, String dataIdentity) {

        /** Hashes the template (its parsed content) and each distinct Lambda artifact's size and time; reads or creates the data identity. */
        public static Inputs of(SamTemplate template, Set<Path> artifacts, Path emulatorsDataDir) {
            return new Inputs(template.contentHash(), DeployStamp.artifactsHash(artifacts), DeployStamp.dataIdentity(emulatorsDataDir));
        }
    }

    /** The stamp in {@code dataDir}, if there is a readable one. */
    public static Optional<DeployStamp> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(file.toFile());
            return Optional.of(new DeployStamp(new Inputs(json.path("templateHash").asText(), json.path("artifactsHash").asText(),
                    json.path("dataIdentity").asText()), json.path("userPoolId").asText(), json.path("clientId").asText()));
        } catch (IOException unreadable) {
            return Optional.empty(); // e.g. cut short by a full disk: a full deploy writes a new one
        }
    }

    /** Written to a temporary file and moved into place: a reader never sees half a stamp. */
    public void write(Path dataDir) {
        ObjectNode json = JSON.createObjectNode();
        json.put("templateHash", inputs.templateHash());
        json.put("artifactsHash", inputs.artifactsHash());
        json.put("dataIdentity", inputs.dataIdentity());
        json.put("userPoolId", userPoolId);
        json.put("clientId", clientId);
        try {
            Path temporary = Files.createTempFile(dataDir, "deploy-stamp-", ".tmp");
            Files.writeString(temporary, json.toPrettyString());
            try {
                Files.move(temporary, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the deploy stamp in " + dataDir, e);
        }
    }

    /** Before a full deploy: if it stops half way, no stamp claims it completed. */
    public static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the deploy stamp in " + dataDir, e);
        }
    }

    static String dataIdentity(Path emulatorsDataDir) {
        Path file = emulatorsDataDir.resolve(IDENTITY_FILE);
        try {
            if (Files.isRegularFile(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!id.isEmpty()) {
                    return id;
                }
            }
            Files.createDirectories(emulatorsDataDir);
            String id = UUID.randomUUID().toString();
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    /**
     * Each artifact by its path, size and last-modified time — as its unpacked copy is kept
     * ({@code LambdaArtifact.unpack}) — rather than by its bytes: hashing the 20 MB zip took ~0.25 s of a second
     * start's critical path (ADR 0059), and every build writes a new file, so a new time.
     */
    static String artifactsHash(Set<Path> artifacts) {
        MessageDigest all = sha256();
        for (Path artifact : new TreeSet<>(artifacts)) {
            all.update(artifact.toString().getBytes(StandardCharsets.UTF_8));
            all.update(fileIdentity(artifact).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static String fileIdentity(Path file) {
        if (!Files.isRegularFile(file)) {
            return "missing"; // the deploy itself reports a missing artifact
        }
        try {
            return Files.size(file) + " bytes, modified " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lambda artifact " + file, e);
        }
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
