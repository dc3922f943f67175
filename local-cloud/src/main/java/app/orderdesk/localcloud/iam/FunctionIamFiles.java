package app.orderdesk.localcloud.iam;

import app.orderdesk.localcloud.iam.enforcer.IamEnforcementInterceptor;
import app.orderdesk.localcloud.iam.enforcer.IamPolicy;
import app.orderdesk.localcloud.iam.enforcer.SdkCallReporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the local cloud adds to each function's class path for IAM enforcement: the enforcer's
 * classes (copied out of the local cloud, so the function's class loader defines them against the
 * artifact's SDK) and a folder of the function's own holding its policy and the SDK's
 * global-interceptor registration.
 */
public final class FunctionIamFiles {

    private static final String ENFORCER_PACKAGE = IamEnforcementInterceptor.class.getPackageName().replace('.', '/');

    private final Path root;
    private final Path enforcerClasses;

    /** Writes the enforcer's classes under {@code root/enforcer}. */
    public FunctionIamFiles(Path root) {
        this.root = root;
        this.enforcerClasses = root.resolve("enforcer");
        copyEnforcerClasses(enforcerClasses);
    }

    /** The class path entries to append to a function's: the enforcer and the function's policy folder. */
    public List<Path> classPathFor(String functionName, IamPolicy policy) {
        Path dir = root.resolve("functions").resolve(functionName);
        try {
            write(dir.resolve(IamEnforcementInterceptor.POLICY_RESOURCE), policy.toFileText());
            write(dir.resolve(IamEnforcementInterceptor.GLOBAL_INTERCEPTORS), IamEnforcementInterceptor.class.getName() + "\n"
                    + SdkCallReporter.class.getName() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the IAM files of " + functionName, e);
        }
        return List.of(enforcerClasses, dir);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** From this module's classes folder or jar: every class file of the enforcer package. */
    private static void copyEnforcerClasses(Path target) {
        try {
            Path source = Path.of(IamEnforcementInterceptor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                copyPackage(source.resolve(ENFORCER_PACKAGE), target.resolve(ENFORCER_PACKAGE));
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(source, Map.of())) {
                    copyPackage(jar.getPath(ENFORCER_PACKAGE), target.resolve(ENFORCER_PACKAGE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the IAM enforcer classes", e);
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
