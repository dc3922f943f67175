package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;

import app.orderdesk.backend.domain.DayTotals;
import app.orderdesk.backend.domain.OrderStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A closed day's totals kept in one item of its partition ({@code sk = summary}), so that a dashboard reads a past
 * day as one small item instead of every order item of that day (ADR 0078). The item is the cache, the order items
 * stay the truth:
 * <ul>
 *   <li>a day is <em>closed</em> for the reader once it ended {@link #MARGIN} ago in the store's zone; only closed
 *       days get a summary;</li>
 *   <li>a write to any day before the writer's today is <em>late</em> (a redrive of an old held order, an order
 *       placed before midnight that ends after it): after writing its item it adds 1 to the summary's {@code ver};</li>
 *   <li>a summary is valid when {@code built} (the {@code ver} it was built at) equals {@code ver}; the reader reads
 *       {@code ver} before it queries the day, and stores what it summed only if {@code ver} is still that value.</li>
 * </ul>
 * A late write either happened before the reader's Query (and is summed) or bumps {@code ver} after the reader read
 * it (and the stored summary is refused, or invalid at once). The margin covers clocks that differ between functions.
 */
final class DaySummaries {

    static final String SORT_KEY = "summary";
    static final String VERSION = "ver";
    static final String BUILT = "built";
    /** Items are limited to 400 KB; a day selling more distinct products than fit is read from its orders. */
    static final int MAX_ITEM_BYTES = 300_000;
    static final Duration MARGIN = Duration.ofMinutes(5);

    private final Clock clock;
    private final ZoneId zone;

    DaySummaries(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The reader's view: the day ended at least {@link #MARGIN} ago. */
    boolean closed(String day) {
        return parse(day).map(d -> d.isBefore(LocalDate.ofInstant(clock.instant().minus(MARGIN), zone))).orElse(false);
    }

    /** The writer's view: any day before today may already be summarised by a reader. */
    boolean late(String day) {
        return parse(day).map(d -> d.isBefore(LocalDate.ofInstant(clock.instant(), zone))).orElse(false);
    }

    private static Optional<LocalDate> parse(String day) {
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    static long version(Map<String, AttributeValue> summary) {
        return summary == null ? 0 : Attr.num(summary, VERSION, 0);
    }

    /** The totals a valid summary holds; empty when there is none or a late write made it stale. */
    static Optional<DayTotals> valid(String day, Map<String, AttributeValue> summary) {
        if (summary == null || !summary.containsKey(BUILT) || Attr.num(summary, BUILT, -1) != version(summary)) {
            return Optional.empty();
        }
        Map<OrderStatus, Long> ended = new EnumMap<>(OrderStatus.class);
        summary.getOrDefault("ended", AttributeValue.fromM(Map.of())).m()
                .forEach((status, count) -> ended.put(OrderStatus.valueOf(status), Long.parseLong(count.n())));
        List<DayTotals.ProductSales> products = new ArrayList<>();
        for (AttributeValue line : summary.getOrDefault("sales", AttributeValue.fromL(List.of())).l()) {
            products.add(DynamoDbDailyTotals.saleLine(line));
        }
        return Optional.of(new DayTotals(day, Attr.num(summary, "placed", 0), ended, Attr.num(summary, "revenue", 0),
                products, Attr.num(summary, "refunds", 0), Attr.num(summary, "refunded", 0)));
    }

    /** The summary item of {@code totals}, built at {@code version}; empty when it would be too large to keep. */
    static Optional<Map<String, AttributeValue>> item(Map<String, AttributeValue> key, DayTotals totals, long version) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(VERSION, n(version));
        item.put(BUILT, n(version));
        item.put("placed", n(totals.placed()));
        item.put("revenue", n(totals.revenueCents()));
        item.put("refunds", n(totals.refunds()));
        item.put("refunded", n(totals.refundedCents()));
        Map<String, AttributeValue> ended = new HashMap<>();
        totals.ended().forEach((status, count) -> ended.put(status.name(), n(count)));
        item.put("ended", AttributeValue.fromM(ended));
        long bytes = 200;
        List<AttributeValue> sales = new ArrayList<>();
        for (DayTotals.ProductSales p : totals.products()) {
            sales.add(DynamoDbDailyTotals.saleLine(p.productId(), p.name(), p.units(), p.revenueCents()));
            bytes += 40 + p.productId().length() + p.name().getBytes(StandardCharsets.UTF_8).length;
        }
        item.put("sales", AttributeValue.fromL(sales));
        return bytes <= MAX_ITEM_BYTES ? Optional.of(item) : Optional.empty();
    }
}
