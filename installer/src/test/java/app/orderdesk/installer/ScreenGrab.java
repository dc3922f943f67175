package app.orderdesk.installer;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Saves the whole X screen ({@code $DISPLAY}) as a PNG and prints how many colours it has: run in its
 * own JVM by {@link InstalledDebIT}, so the test JVM needs no display and no ImageMagick.
 */
public final class ScreenGrab {

    private ScreenGrab() {}

    public static void main(String[] args) throws Exception {
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage image = new Robot().createScreenCapture(screen);
        ImageIO.write(image, "png", new File(args[0]));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        System.out.println(colours.size());
    }
}
