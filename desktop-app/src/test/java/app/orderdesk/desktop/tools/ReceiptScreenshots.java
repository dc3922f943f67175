package app.orderdesk.desktop.tools;

import app.orderdesk.desktop.FakeDesk;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.TimelineStep;
import app.orderdesk.backend.adapter.pdf.OpenPdfReceiptRenderer;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StoreLogo;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.ui.Theme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's receipt pictures: a receipt of a realistic order made by the backend's own renderer
 * (the store's logo, tax, card brand and last four, QR code) as a PNG of the page, and the desk's
 * receipt preview of that same PDF in the light and the dark theme. Off by default:
 * {@code ./mvnw -q -pl desktop-app -am verify -Dtest=ReceiptScreenshots -Dscreenshots=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReceiptScreenshots {

    private static final Path OUT = Path.of("..", "docs", "screenshots");

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;
    private byte[] pdf;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        pdf = new OpenPdfReceiptRenderer().render(order(), store());
        api.receiptBytes = pdf;
        api.orderNumber = "OD-004217";
        // The desk's form holds the same four products the receipt lists.
        api.inventoryPages.put("", new app.orderdesk.api.Page<>(PRODUCTS, null));
        api.storeSettingsView = new app.orderdesk.api.StoreSettingsView("Kaffeehaus Ost", "Hauptstraße 5\n10115 Berlin",
                "+49 30 1234567", "laden@kaffeehaus-ost.example", "DE123456789", 1900, "EUR", "de-DE", "Europe/Berlin",
                "Danke für Ihren Einkauf!", "manager@example.com", "2026-11-28T09:00:00Z", null, java.util.Map.of("food", 700));
        api.statuses.add(OrderStatus.RECEIVED);
        api.statuses.add(OrderStatus.COMPLETED);
        Instant t = Instant.parse("2026-11-28T15:42:10Z");
        api.timelineSteps = List.of(
                new TimelineStep("ValidateOrder", "SUCCEEDED", t, t.plusMillis(40), 40L, 1, null, null),
                new TimelineStep("ReserveStock", "SUCCEEDED", t.plusMillis(40), t.plusMillis(95), 55L, 1, null, null),
                new TimelineStep("ChargePayment", "SUCCEEDED", t.plusMillis(95), t.plusMillis(410), 315L, 1, null, null),
                new TimelineStep("GenerateReceipt", "SUCCEEDED", t.plusMillis(410), t.plusMillis(480), 70L, 1, null, null),
                new TimelineStep("EmailReceipt", "SUCCEEDED", t.plusMillis(480), t.plusMillis(620), 140L, 1, null, null));
        desk = FakeDesk.open(stage, auth, api);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void theReceiptPageAndTheDesksPreviewInBothThemes(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            // The receipt's content sits in the page's upper half: the picture keeps that part, with a margin.
            BufferedImage top = page.getSubimage(0, 0, page.getWidth(), Math.min(page.getHeight(), (int) (page.getHeight() * 0.52)));
            ImageIO.write(top, "png", OUT.resolve("receipt.png").toFile());
        }

        desk.signInAs(robot, FakeDesk.Role.STAFF);
        int[] quantities = {1, 2, 3, 1};
        for (int i = 0; i < PRODUCTS.size(); i++) {
            OrderEntry.addLine(robot, PRODUCTS.get(i), quantities[i]);
        }
        // Focus, not clicks: with four lines the lines table is as tall as its rows (ADR 0049) and the customer and card
        // fields start below the fold, where a click lands on nothing; focus scrolls each into view (ADR 0042).
        OrderEntry.typeInto(robot, "#customerEmail", "zofia@example.com");
        OrderEntry.typeInto(robot, "#customerName", "Zofia Łukasiewicz");
        OrderEntry.typeInto(robot, "#customerPhone", "+49 30 5550123");
        robot.interact(() -> robot.lookup("#paymentChoice").queryComboBox().getSelectionModel().selectLast());
        OrderEntry.typeInto(robot, "#cardNumber", "4242424242424242");
        robot.write("1234").write("123");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#cardSummary").queryLabeled().getText().contains("4242"));
        robot.interact(() -> robot.lookup("#submitOrderButton").queryButton().fire());
        Label status = robot.lookup("#orderStatusLabel").queryAs(Label.class);
        ImageView receipt = robot.lookup("#receiptPreview").queryAs(ImageView.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> receipt.getImage() != null && !status.getText().isBlank());

        robot.interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        for (Theme theme : Theme.values()) {
            robot.interact(theme::apply);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS); // layout settles before the picture
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = stage.getScene().snapshot(null));
            String name = "receipt-preview-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png";
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", OUT.resolve(name).toFile());
        }
        System.out.println("Receipt screenshots: receipt.png (" + pdf.length + " bytes of PDF), receipt-preview-light.png, receipt-preview-dark.png");
    }

    private static final List<app.orderdesk.api.InventoryItemView> PRODUCTS = List.of(
            new app.orderdesk.api.InventoryItemView("p-beans", "BEAN-ETH-1K", "Äthiopien Yirgacheffe, Bohnen 1 kg", 3290, 20, 0, 5, false, "food"),
            new app.orderdesk.api.InventoryItemView("p-mug", "MUG-BLU", "Tasse Blau 0,3 l", 1250, 40, 0, 5, false),
            new app.orderdesk.api.InventoryItemView("p-filter", "FILT-102", "Filterpapier Gr. 102 (100 Stück)", 349, 80, 0, 10, false),
            new app.orderdesk.api.InventoryItemView("p-grinder", "GRIND-HND", "Handmühle Keramikmahlwerk", 4900, 6, 0, 2, false));

    /** A café's order: four lines, German store settings (19 %, coffee as food at 7 %) with tax included, paid by Visa. */
    private static Order order() throws IOException {
        StoreSettings store = store();
        Customer customer = new Customer("zofia@example.com", "Zofia Łukasiewicz", "+49 30 5550123");
        List<OrderLine> lines = List.of(
                OrderLine.of(new Product("p-beans", "BEAN-ETH-1K", "Äthiopien Yirgacheffe, Bohnen 1 kg", Money.ofCents(3290, "EUR"), 20, "food"), 1, store),
                OrderLine.of(new Product("p-mug", "MUG-BLU", "Tasse Blau 0,3 l", Money.ofCents(1250, "EUR"), 40), 2, store),
                OrderLine.of(new Product("p-filter", "FILT-102", "Filterpapier Gr. 102 (100 Stück)", Money.ofCents(349, "EUR"), 80), 3, store),
                OrderLine.of(new Product("p-grinder", "GRIND-HND", "Handmühle Keramikmahlwerk", Money.ofCents(4900, "EUR"), 6), 1, store));
        Order o = Order.place("7d1e4c52-0d2a-4f7e-9a61-2f9f4d0c1a01", "OD-004217", customer, lines, "key-readme", "tok_visa",
                Instant.parse("2026-11-28T15:42:10Z"));
        return new Order(o.orderId(), o.orderNumber(), o.customer(), o.lines(), o.total(), o.status(), o.statusReason(),
                o.idempotencyKey(), o.paymentToken(), "pay_8Kq2xV4n", o.receiptKey(), o.emailSentAt(), o.acceptedAt(), o.createdAt(),
                o.updatedAt(), o.version());
    }

    private static StoreSettings store() throws IOException {
        return new StoreSettings("Kaffeehaus Ost", "Hauptstraße 5\n10115 Berlin", "+49 30 1234567", "laden@kaffeehaus-ost.example",
                "DE123456789", 1900, "EUR", "de-DE", "Europe/Berlin", "Danke für Ihren Einkauf! Rückgabe binnen 14 Tagen mit diesem Beleg.",
                "manager@example.com", Instant.parse("2026-11-28T09:00:00Z"), StoreLogo.stored(logo()), java.util.Map.of("food", 700));
    }

    /** A small wordmark with a cup, drawn here so the README needs no image from elsewhere. */
    static byte[] logo() throws IOException {
        int w = 600;
        int h = 200;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color brown = new Color(0x5B, 0x3A, 0x29);
        Color cream = new Color(0xF3, 0xE9, 0xDC);
        g.setColor(brown);
        g.fill(new RoundRectangle2D.Double(0, 0, 190, 200, 40, 40));
        g.setColor(cream);
        g.fill(new RoundRectangle2D.Double(40, 70, 90, 90, 18, 18)); // the cup
        g.setStroke(new BasicStroke(12));
        g.draw(new Arc2D.Double(110, 88, 50, 50, -90, 180, Arc2D.OPEN)); // its handle
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int x : new int[] {65, 85, 105}) {
            g.draw(new Arc2D.Double(x - 8, 24, 16, 34, 90, 180, Arc2D.OPEN)); // steam
        }
        g.setColor(brown);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 78));
        g.drawString("KAFFEE", 215, 100);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 56));
        g.drawString("haus Ost", 218, 170);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
