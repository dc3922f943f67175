package app.orderdesk.desktop.outbox;

import app.orderdesk.api.ApiJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The durable outbox of one connection profile: one JSON file per order under
 * {@code <orderdesk home>/outbox/<profile>/}, each written to a temporary file and moved into place,
 * so a crash mid-write never leaves a half-written order. Blocking: call it from background work.
 */
public final class OutboxStore {

    private static final ObjectMapper JSON = ApiJson.lenient();
    private static final String SUFFIX = ".json";

    private final Path directory;

    public OutboxStore(Path home, String profileName) {
        this.directory = home.resolve("outbox").resolve(safe(profileName));
    }

    public Path directory() {
        return directory;
    }

    /**
     * Writes (or replaces) the entry atomically and durably: the bytes reach the disk before the rename, and the
     * rename before this returns. Without the syncs a power cut soon after could leave an empty file in the entry's
     * place, which loading skips: a queued order gone (session 31's audit; a power cut cannot be staged here).
     */
    public synchronized void save(OutboxEntry entry) {
        Path target = fileOf(entry.idempotencyKey());
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, ".pending-", ".tmp");
            try {
                byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(entry);
                try (FileChannel file = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer bytes = ByteBuffer.wrap(json);
                    while (bytes.hasRemaining()) {
                        file.write(bytes);
                    }
                    file.force(true);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                syncDirectory();
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the outbox entry " + target, e);
        }
    }

    /** The rename is the directory's change: synced where the system allows it (Linux, macOS; Windows cannot open a folder). */
    private void syncDirectory() {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            // the entry's own bytes are on disk already; only the rename's durability is left to the system
        }
    }

    public synchronized void delete(String idempotencyKey) {
        try {
            Files.deleteIfExists(fileOf(idempotencyKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the outbox entry " + idempotencyKey, e);
        }
    }

    /** Every stored entry, oldest order first; unreadable files are skipped (and left for people to inspect). */
    public synchronized List<OutboxEntry> loadAll() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<OutboxEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                try {
                    entries.add(JSON.readValue(file.toFile(), OutboxEntry.class));
                } catch (IOException e) {
                    System.getLogger(OutboxStore.class.getName())
                            .log(System.Logger.Level.WARNING, "Skipping unreadable outbox file " + file, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outbox " + directory, e);
        }
        entries.sort(Comparator.comparing(OutboxEntry::orderedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    private Path fileOf(String key) {
        return directory.resolve(safe(key) + SUFFIX);
    }

    private static String safe(String name) {
        // Keys and profile names become file names: keep them to a harmless alphabet.
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
