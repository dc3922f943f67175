package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.ReceiptRenderer;
import app.orderdesk.backend.port.ReceiptSources;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: GenerateReceipt and EmailReceipt each make one read for the order and the store's settings
 * together, and use those settings — not a second read of their own — for the PDF and the mail.
 */
class ReceiptStepsReadOrderAndSettingsOnceTest {

    private static final StoreSettings SAVED = new StoreSettings("Kaffeehaus Müller", "Hauptstraße 1", "+49301234567",
            "laden@example.test", "DE123456789", 1900, "EUR", "de-DE", "Europe/Berlin", "Danke!", "mia@example.test",
            Instant.parse("2026-03-01T10:00:00Z"));

    private final World world = new World();
    private final AtomicInteger reads = new AtomicInteger();
    private final ReceiptSources sources = orderId -> {
        reads.incrementAndGet();
        return world.orders.find(orderId).map(order -> new ReceiptSources.Sources(order, SAVED));
    };
    private final List<StoreSettings> renderedWith = new ArrayList<>();
    private final ReceiptRenderer renderer = new ReceiptRenderer() {
        @Override
        public byte[] render(Order order) {
            throw new AssertionError("the renderer was left to read the settings itself");
        }

        @Override
        public byte[] render(Order order, StoreSettings settings) {
            renderedWith.add(settings);
            return ("receipt " + order.orderNumber()).getBytes(StandardCharsets.UTF_8);
        }
    };

    @Test
    void eachReceiptStepReadsOnceAndUsesTheSettingsReadWithTheOrder() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);

        new GenerateReceipt(world.orders, sources, renderer, world.receipts, world.clock).execute(id);
        new EmailReceipt(world.orders, sources, world.receipts, world.outbox, world.clock).execute(id);

        assertThat(reads).as("one read of order and settings per step").hasValue(2);
        assertThat(renderedWith).containsExactly(SAVED);
        assertThat(world.outbox.sent).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).endsWith("Kaffeehaus Müller");
            assertThat(mail.textBody()).contains("Danke!");
        });
    }
}
