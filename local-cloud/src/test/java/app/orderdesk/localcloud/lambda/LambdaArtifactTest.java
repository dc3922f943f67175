package app.orderdesk.localcloud.lambda;

import app.orderdesk.localcloud.deploy.SamTemplate;
import app.orderdesk.localcloud.deploy.TemplateFunctions;
import app.orderdesk.localcloud.emulators.RepositoryLayout;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The artifact the template deploys: where CodeUri says, Lambda's zip layout, within the size budget, every handler inside. */
class LambdaArtifactTest {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final SamTemplate template = SamTemplate.load(RepositoryLayout.locate().template());
    private final TemplateFunctions functions = new TemplateFunctions(template);

    @Test
    void isAZipWithLibUnderTwentyMegabytesHoldingEveryHandlerAndItsDependencies() throws Exception {
        List<FunctionDefinition> definitions = functions.definitions();
        Path zip = functions.codeUri(definitions.get(0).name());
        assertThat(definitions).allSatisfy(f -> assertThat(functions.codeUri(f.name())).isEqualTo(zip));
        LambdaArtifact artifact = LambdaArtifact.unpack(zip);
        System.out.printf("lambda artifact: %s %,d bytes (%.1f MB, limit 20 MB); class path %s%n", zip.getFileName(), artifact.sizeBytes(),
                artifact.sizeBytes() / 1024.0 / 1024.0, artifact.classPath().stream().map(p -> artifact.taskRoot().relativize(p).toString()).toList());
        assertThat(artifact.sizeBytes()).isLessThanOrEqualTo(MAX_BYTES);
        assertThat(artifact.classPath()).hasSizeGreaterThan(1);
        for (Path jar : artifact.classPath().subList(1, artifact.classPath().size())) {
            assertThat(artifact.taskRoot().relativize(jar).toString()).startsWith("lib/");
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
                for (FunctionDefinition function : definitions) {
                    assertThat(file.getEntry(function.handlerClass().replace('.', '/') + ".class"))
                            .as(function.name() + "'s handler in the artifact").isNotNull();
                }
                for (String dependency : List.of("com/amazonaws/services/lambda/runtime/RequestStreamHandler.class",
                        "com/fasterxml/jackson/databind/ObjectMapper.class", "software/amazon/awssdk/services/dynamodb/DynamoDbClient.class",
                        "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class", "app/orderdesk/api/ApiError.class",
                        "org/openpdf/text/Document.class", "fonts/DejaVuSans.ttf")) {
                    assertThat(file.getEntry(dependency)).as(dependency).isNotNull();
                }
                assertThat(file.getEntry("org/apache/hc/client5/http/classic/HttpClient.class")).as("no unused HTTP client").isNull();
            }
        }
        assertThat(Files.isDirectory(artifact.taskRoot().resolve("lib"))).isTrue();
    }
}
