package app.orderdesk.backend.usecase;

import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
import app.orderdesk.backend.domain.ContactRules;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.OrderDay;
import app.orderdesk.backend.domain.OrderNumber;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.OrderSearch;
import app.orderdesk.backend.port.OrderSearch.Criteria;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GET /orders: finds orders by number, customer email or phone (normalised like place-order stores
 * them), status, store day and/or a date range, newest first. {@code from}/{@code to} take an instant or a
 * date; a date {@code to} includes that whole day (the store's, as {@code day=}). With no criteria at all it lists today's
 * orders (the store's day), from the day index. {@code payment=OUTSTANDING} keeps the orders paid on delivery
 * whose payment is still owed (ADR 0073).
 */
public final class SearchOrders {

    private final OrderSearch search;
    private final Clock clock;
    private final ZoneId storeZone;

    public SearchOrders(OrderSearch search) {
        this(search, Clock.systemUTC(), ZoneOffset.UTC);
    }

    /** {@code storeZone} decides which day "today" is when the request names no criteria. */
    public SearchOrders(OrderSearch search, Clock clock, ZoneId storeZone) {
        this.search = search;
        this.clock = clock;
        this.storeZone = storeZone;
    }

    /**
     * Query parameters exactly as they arrived (each may be null). {@code day} is a store day, yyyy-MM-dd;
     * {@code payment} is OUTSTANDING or absent.
     */
    public record Query(String number, String email, String phone, String status, String from, String to,
                        String limit, String nextToken, String day, String payment) {

        public Query(String number, String email, String phone, String status, String from, String to,
                     String limit, String nextToken, String day) {
            this(number, email, phone, status, from, to, limit, nextToken, day, null);
        }

        public Query(String number, String email, String phone, String status, String from, String to,
                     String limit, String nextToken) {
            this(number, email, phone, status, from, to, limit, nextToken, null);
        }

        boolean namesNothing() {
            return !present(number) && !present(email) && !present(phone) && !present(status) && !present(from)
                    && !present(to) && !present(day) && !present(payment);
        }
    }

    public Page<OrderSummaryView> execute(Query q) {
        List<FieldIssue> issues = new ArrayList<>();
        String number = number(q.number(), issues);
        String email = null;
        if (present(q.email())) {
            if (q.email().length() > ContactRules.MAX_EMAIL_LENGTH) {
                issues.add(new FieldIssue("email", "must be at most " + ContactRules.MAX_EMAIL_LENGTH + " characters"));
            } else {
                email = ContactRules.normaliseEmail(q.email());
            }
        }
        String phone = null;
        if (present(q.phone())) {
            if (!ContactRules.isValidPhone(q.phone().trim())) {
                issues.add(new FieldIssue("phone", "not a valid phone number"));
            } else {
                phone = ContactRules.normalisePhone(q.phone()).orElse(null);
            }
        }
        OrderStatus status = status(q.status(), issues);
        Instant from = instant("from", q.from(), false, storeZone, issues);
        Instant to = instant("to", q.to(), true, storeZone, issues);
        if (from != null && to != null && !from.isBefore(to)) {
            issues.add(new FieldIssue("to", "must be after from"));
        }
        String day = day(q, issues);
        boolean paymentOutstanding = paymentOutstanding(q.payment(), issues);
        int limit = Paging.limit(q.limit(), issues);
        String cursor = Paging.decode(q.nextToken(), issues);
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        var slice = search.search(new Criteria(number, email, phone, status, from, to, limit, cursor, day,
                paymentOutstanding));
        var items = slice.items().stream().map(o -> new OrderSummaryView(o.orderId(), o.orderNumber(),
                OrderStatusMapping.toApi(o.status()), o.customerEmail(), o.customerName(),
                o.totalCents(), o.currency(), o.createdAt())).toList();
        return new Page<>(items, Paging.encode(slice.cursor()));
    }

    /**
     * The store day to list: the one asked for, or today when the request names nothing else (the
     * Orders tab's opening list, read from the day index rather than a scan).
     */
    private String day(Query q, List<FieldIssue> issues) {
        if (q.namesNothing()) {
            return OrderDay.today(clock.instant(), storeZone).toString();
        }
        if (!present(q.day())) {
            return null;
        }
        if (present(q.from()) || present(q.to())) {
            issues.add(new FieldIssue("day", "give either day or from/to, not both"));
            return null;
        }
        String v = q.day().trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).toString();
            }
        } catch (DateTimeParseException notADate) {
            // reported below
        }
        issues.add(new FieldIssue("day", "must be a date such as 2026-03-01"));
        return null;
    }

    /** Accepts {@code OD-000042}, {@code od-42} or {@code 42}. */
    private static String number(String raw, List<FieldIssue> issues) {
        if (!present(raw)) {
            return null;
        }
        String n = raw.trim().toUpperCase(Locale.ROOT);
        String digits = n.startsWith("OD-") ? n.substring(3) : n;
        if (digits.matches("[0-9]{1,12}") && Long.parseLong(digits) > 0) {
            return OrderNumber.format(Long.parseLong(digits));
        }
        issues.add(new FieldIssue("number", "must be an order number such as OD-000042"));
        return null;
    }

    private static OrderStatus status(String raw, List<FieldIssue> issues) {
        if (!present(raw)) {
            return null;
        }
        try {
            return OrderStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            // from the enum: the written list had left out PARTIALLY_REFUNDED and REFUNDED, which are accepted (audit)
            issues.add(new FieldIssue("status", "must be one of " + String.join(", ",
                    java.util.Arrays.stream(OrderStatus.values()).map(Enum::name).toList())));
            return null;
        }
    }

    /** {@code OUTSTANDING} (any case, trimmed) asks for the payments still owed; the parameter has no other value. */
    private static boolean paymentOutstanding(String raw, List<FieldIssue> issues) {
        if (!present(raw)) {
            return false;
        }
        if (raw.trim().equalsIgnoreCase("OUTSTANDING")) {
            return true;
        }
        issues.add(new FieldIssue("payment", "must be OUTSTANDING"));
        return false;
    }

    /**
     * An ISO instant, or a date: the start of that store day, or for an end bound ({@code to}) the start of the next.
     * The store's day, as {@code day=} and the dashboard count it (a UTC day before session 32: a Berlin store's
     * "from 1 March" began at 01:00 its time).
     */
    private static Instant instant(String field, String raw, boolean endOfDay, ZoneId storeZone, List<FieldIssue> issues) {
        if (!present(raw)) {
            return null;
        }
        String v = raw.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(storeZone).toInstant();
            }
            return java.time.OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notADate) {
            issues.add(new FieldIssue(field, "must be an ISO-8601 date (2026-03-01) or instant (2026-03-01T10:00:00Z)"));
            return null;
        }
    }

    private static boolean present(String raw) {
        return raw != null && !raw.isBlank();
    }
}
