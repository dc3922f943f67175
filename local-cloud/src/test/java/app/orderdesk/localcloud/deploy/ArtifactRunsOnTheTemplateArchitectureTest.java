package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.emulators.RepositoryLayout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * h-c: the functions run on Graviton (arm64) in AWS, built here on x86_64. A native library in the
 * deployment artifact would be the build host's and fail to load there (brotli4j's linux-x86_64 jar came in
 * through OpenPDF): the artifact the template deploys holds Java only, nested jars included.
 */
class ArtifactRunsOnTheTemplateArchitectureTest {

    private static final List<String> NATIVE = List.of(".so", ".dll", ".dylib", ".jnilib");

    @Test
    void theDeploymentArtifactHoldsNoNativeLibrary() throws IOException {
        TemplateFunctions functions = new TemplateFunctions(SamTemplate.load(RepositoryLayout.locate().template()));
        assertThat(functions.architecture("PlaceOrderFunction")).isEqualTo("arm64");
        Path artifact = functions.codeUri("PlaceOrderFunction");
        assertThat(artifact).as("built by the reactor (backend-lambdas package)").exists();
        List<String> natives = new ArrayList<>();
        int entries;
        try (InputStream in = Files.newInputStream(artifact)) {
            entries = scan(in, artifact.getFileName().toString(), natives);
        }
        System.out.printf("artifact %s: %d entries (nested jars included), native libraries %s%n", artifact.getFileName(), entries, natives);
        assertThat(entries).as("the scan saw the classes").isGreaterThan(1000);
        assertThat(natives).isEmpty();
    }

    /** Counts the entries of a zip and of every jar inside it, noting native libraries by name. */
    private static int scan(InputStream zip, String where, List<String> natives) throws IOException {
        int entries = 0;
        ZipInputStream in = new ZipInputStream(zip);
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            entries++;
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (NATIVE.stream().anyMatch(name::endsWith)) {
                natives.add(where + "!" + entry.getName());
            } else if (name.endsWith(".jar")) {
                entries += scan(in, where + "!" + entry.getName(), natives); // the nested stream ends with its entry
            }
        }
        return entries;
    }
}
