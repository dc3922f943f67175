package app.orderdesk.localcloud.bench;

import app.orderdesk.backend.adapter.pdf.OpenPdfReceiptRenderer;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderNumber;
import app.orderdesk.backend.domain.Product;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The receipt PDF with the embedded font, warm, in this JVM: {@code warm} renders, then the median of
 * {@code measured} renders. Alone (e.g. under JFR):
 * {@code java -XX:StartFlightRecording:filename=pdf.jfr -cp <bench class path> app.orderdesk.localcloud.bench.ReceiptPdfBench 300 3000}
 */
final class ReceiptPdfBench {

    record Result(double medianMs, double p99Ms, int bytes, int renders, byte[] lastPdf) {}

    private ReceiptPdfBench() {}

    static Order sampleOrder() {
        var product = new Product("p-1001", "P-1001", "Espresso Beans Dark Roast 1 kg", Money.ofCents(2490, Money.USD), 0);
        return Order.place(UUID.randomUUID().toString(), OrderNumber.format(123_456),
                new Customer("bench@example.test", "Bench Customer", "+15555550100"), List.of(OrderLine.of(product, 2)),
                UUID.randomUUID().toString(), "tok_visa", Instant.now());
    }

    static Result measure(int warm, int measured) {
        Order order = sampleOrder();
        OpenPdfReceiptRenderer renderer = new OpenPdfReceiptRenderer();
        for (int i = 0; i < warm; i++) {
            renderer.render(order);
        }
        List<Double> ms = new ArrayList<>();
        byte[] pdf = new byte[0];
        for (int i = 0; i < measured; i++) {
            long began = System.nanoTime();
            pdf = renderer.render(order);
            ms.add((System.nanoTime() - began) / 1e6);
        }
        return new Result(Stats.median(ms), Stats.percentile(ms, 99), pdf.length, measured, pdf);
    }

    public static void main(String[] args) {
        Result r = measure(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        System.out.printf("receipt PDF warm: median %.2f ms, p99 %.2f ms, %.1f KB (%d renders)%n", r.medianMs(), r.p99Ms(),
                r.bytes() / 1024.0, r.renders());
    }
}
