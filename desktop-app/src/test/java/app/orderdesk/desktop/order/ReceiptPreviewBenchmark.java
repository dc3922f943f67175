package app.orderdesk.desktop.order;

import app.orderdesk.desktop.fakes.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Receipt preview, warm: the work between the click and the page on screen — PDFBox loads the
 * receipt and renders its first page at screen resolution into a JavaFX image (what
 * {@link OrderTrackingViewModel} hands the view). The receipt is the backend's real one when
 * {@code ./desk bench} passes its file ({@code -p receipt=PATH}), else a blank test page.
 * Headless JavaFX (Monocle), as the UI tests run. A benchmark, not a test; design target 150 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED"})
public class ReceiptPreviewBenchmark {

    @Param("")
    public String receipt;

    private byte[] pdf;
    private final PdfBoxReceiptRenderer renderer = new PdfBoxReceiptRenderer();

    @Setup
    public void load() throws Exception {
        pdf = receipt.isBlank() ? TestPdfs.onePage() : Files.readAllBytes(Path.of(receipt));
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await(30, TimeUnit.SECONDS);
    }

    @Benchmark
    public Image renderFirstPage() throws Exception {
        return renderer.renderFirstPage(pdf);
    }

    /** The same page at 200 % (192 dpi), as the preview's zoom renders it again (h-q). */
    @Benchmark
    public Image zoomedTo200Percent() throws Exception {
        return renderer.renderFirstPage(pdf, 192f);
    }
}
