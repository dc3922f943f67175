package app.orderdesk.localcloud.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A deployment artifact as Lambda sees it: the zip (or jar) named by {@code CodeUri}, unpacked into a
 * task root like {@code /var/task}, whose class path is the root followed by {@code lib/*.jar}.
 * The unpacked copy sits next to the artifact and is reused while the artifact is unchanged.
 */
public record LambdaArtifact(Path file, Path taskRoot, List<Path> classPath) {

    public static LambdaArtifact unpack(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the Lambda artifact " + file + " (the template's CodeUri) does not exist; build it with "
                    + "./mvnw -pl backend-lambdas -am package -DskipTests (./desk start and ./mvnw verify do)");
        }
        if (file.getFileName().toString().endsWith(".jar")) {
            return new LambdaArtifact(file, file.getParent(), List.of(file)); // a jar is its own class path
        }
        try {
            String stamp = Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis();
            Path root = file.resolveSibling(file.getFileName() + ".unpacked").resolve(stamp);
            if (!Files.isDirectory(root)) {
                extract(file, root);
                deleteOlderUnpackings(root);
            }
            return new LambdaArtifact(file, root, classPathOf(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the Lambda artifact " + file, e);
        }
    }

    /** Unpacks into a fresh folder, then renames it into place: concurrent starts never see half an artifact. */
    private static void extract(Path zip, Path root) throws IOException {
        Files.createDirectories(root.getParent());
        Path staging = Files.createTempDirectory(root.getParent(), "unpacking-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        try {
            Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException raced) {
            deleteRecursively(staging); // another process unpacked the same artifact first
        }
    }

    /**
     * Earlier builds' copies, once they are an hour old: a local cloud started from one within the hour may
     * still be loading classes from it (best effort; a cloud running longer has opened its jars already).
     */
    private static void deleteOlderUnpackings(Path current) {
        long anHourAgo = System.currentTimeMillis() - 3_600_000;
        try (Stream<Path> siblings = Files.list(current.getParent())) {
            for (Path older : siblings.filter(p -> !p.equals(current) && !p.getFileName().toString().startsWith("unpacking-")).toList()) {
                if (Files.getLastModifiedTime(older).toMillis() < anHourAgo) {
                    deleteRecursively(older);
                }
            }
        } catch (IOException stillInUse) {
            // left for the next build to clean
        }
    }

    private static List<Path> classPathOf(Path root) throws IOException {
        List<Path> classPath = new ArrayList<>();
        classPath.add(root);
        Path lib = root.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(classPath::add);
            }
        }
        return List.copyOf(classPath);
    }

    /** The size of the artifact as uploaded. */
    public long sizeBytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
