package app.orderdesk.localcloud.metering;

import app.orderdesk.localcloud.metering.interceptor.MeteringInterceptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The class path entry that adds the {@link MeteringInterceptor} to a function (the benchmark's
 * cost counting): the interceptor's classes, copied out of the local cloud so the function's class
 * loader defines them against the artifact's SDK, and the SDK's global-interceptor registration.
 */
public final class FunctionMeteringFiles {

    private static final String PACKAGE = MeteringInterceptor.class.getPackageName().replace('.', '/');
    /** Where the SDK looks for interceptors to add to every client it builds (one file per class path entry). */
    private static final String GLOBAL_INTERCEPTORS = "software/amazon/awssdk/global/handlers/execution.interceptors";

    private FunctionMeteringFiles() {}

    /** Writes the entry under {@code root} and returns it (one for every function). */
    public static Path write(Path root) {
        try {
            Path source = Path.of(MeteringInterceptor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                copyPackage(source.resolve(PACKAGE), root.resolve(PACKAGE));
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(source, Map.of())) {
                    copyPackage(jar.getPath(PACKAGE), root.resolve(PACKAGE));
                }
            }
            Path registration = root.resolve(GLOBAL_INTERCEPTORS);
            Files.createDirectories(registration.getParent());
            Files.writeString(registration, MeteringInterceptor.class.getName() + "\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metering interceptor", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyPackage(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Files.copy(in, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
