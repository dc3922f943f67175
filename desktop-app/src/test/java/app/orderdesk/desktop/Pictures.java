package app.orderdesk.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * The PNGs a screen walk saves "for a look", encoded on a thread of their own while the walk goes on (encoding a
 * 1280×820 PNG took a tenth of a walk's time); {@link #finish} waits for the last one and throws if one failed.
 */
public final class Pictures {

    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "screen-pictures");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Future<?>> written = new ArrayList<>();

    /** Saves {@code image} (a snapshot nobody changes afterwards) as a PNG at {@code file}. */
    public void save(WritableImage image, Path file) {
        written.add(writer.submit(() -> ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())));
    }

    /** Waits until every picture is written. */
    public void finish() throws Exception {
        writer.shutdown();
        for (Future<?> picture : written) {
            picture.get();
        }
    }
}
