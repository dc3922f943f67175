package app.orderdesk.desktop.infra;

import app.orderdesk.api.ApiJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Column widths per person: {@code <orderdesk home>/columns/<hash of the user name>.json} maps a table's id
 * to its columns' widths. The file name is a hash so the folder does not list who uses the machine.
 */
public final class ColumnMemory {

    private static final ObjectMapper JSON = ApiJson.lenient();
    private static final TypeReference<Map<String, Map<String, Double>>> SHAPE = new TypeReference<>() {};

    private final Path file;

    public ColumnMemory(Path home, String user) {
        this.file = home.resolve("columns").resolve(hash(user) + ".json");
    }

    /** Table id → column key → width; empty when nothing was saved or the file is unreadable. */
    public Map<String, Map<String, Double>> load() {
        try {
            return new TreeMap<>(JSON.readValue(Files.readAllBytes(file), SHAPE));
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
    }

    /** Saves the widths; a failure only costs the next sign-in its column layout, so it is logged, not thrown. */
    public void save(Map<String, Map<String, Double>> widths) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), widths);
        } catch (IOException | RuntimeException e) {
            System.getLogger(ColumnMemory.class.getName()).log(System.Logger.Level.WARNING, "Cannot save " + file, e);
        }
    }

    private static String hash(String user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(user.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
