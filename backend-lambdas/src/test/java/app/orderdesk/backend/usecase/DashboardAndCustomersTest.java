package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.backend.domain.CustomerRecord;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.InMemoryCustomers;
import app.orderdesk.backend.fakes.InMemoryDailyTotals;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.AttentionQueue;
import app.orderdesk.backend.port.OrderSearch;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The customer directory and the dashboard's totals, driven through the real use cases on fakes. */
class DashboardAndCustomersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final World world = new World();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryDailyTotals totals = new InMemoryDailyTotals();
    private final PlaceOrder placeOrder = new PlaceOrder(world.inventory, world.idempotency, new Fakes.Counter(), world.orders,
            world.workflow, Fakes.sequentialIds(), world.clock, new RecordPlacedOrder(customers, totals, BERLIN, "49"));
    private final RecordOrderOutcome outcomes = new RecordOrderOutcome(world.orders, totals, BERLIN);
    private final List<String> erasedEmails = new ArrayList<>();
    private final List<OrderSearch.Criteria> searches = new ArrayList<>();
    private final OrderSearch search = c -> {
        searches.add(c);
        return new OrderSearch.OrderSlice(world.orders.orders.values().stream()
                .map(o -> new OrderSearch.OrderSummary(o.orderId(), o.orderNumber(), o.status(), o.customer().email(),
                        o.customer().name(), o.total().cents(), o.total().currency(), o.createdAt())).toList(), null);
    };
    private final ListAttention noAttention = new ListAttention((since, limit) -> List.<AttentionQueue.AttentionOrder>of(),
            world.orders, world.clock);
    private final GetDashboard dashboard = new GetDashboard(totals, search, world.inventory, noAttention, world.clock, BERLIN);

    private String place(String key, String email, String phone, String placedBy, OrderLineRequest... lines) {
        return placeOrder.execute(key, new PlaceOrderRequest(List.of(lines), new CustomerDetails(email, "Ada Lovelace", phone), "tok_visa"),
                placedBy).orderId();
    }

    private void complete(String orderId) {
        world.validateOrder.execute(orderId);
        world.saveOrder.execute(orderId);
        world.reserveStock.execute(orderId);
        world.processPayment.execute(orderId);
        world.commitStock.execute(orderId);
        world.generateReceipt.execute(orderId);
        world.emailReceipt.execute(orderId);
        outcomes.execute(orderId);
    }

    @Test
    void placingAnOrderFilesTheCallerUnderTheirE164PhoneAndEmail() {
        place("k1", "Ada@Example.test", "030 1234567", "mia", line("p-mug", 1));
        place("k1", "Ada@Example.test", "030 1234567", "mia", line("p-mug", 1)); // the same request retried

        var find = new FindCustomers(customers, "49");
        assertThat(find.execute("+49 30 1234567", null)).singleElement()
                .satisfies(c -> assertThat(c.email()).isEqualTo("ada@example.test"))
                .satisfies(c -> assertThat(c.phone()).isEqualTo("+49301234567"));
        assertThat(find.execute("0049301234567", null)).hasSize(1);
        assertThat(find.execute(null, " ADA@example.test")).hasSize(1);
        assertThat(totals.read(List.of("2026-03-01")).getFirst().placed()).as("counted once").isEqualTo(1);
        assertThat(totals.placedBy("2026-03-01", "mia")).hasSize(1);
    }

    @Test
    void findRefusesAmbiguousOrMalformedQueriesNamingTheField() {
        var find = new FindCustomers(customers, "49");
        assertThatThrownBy(() -> find.execute(null, null)).isInstanceOfSatisfying(ValidationFailedException.class,
                v -> assertThat(v.issues()).extracting(FieldIssue::field).containsExactly("phone"));
        assertThatThrownBy(() -> find.execute("+49 30 1", "a@b.test")).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> find.execute("' OR 1=1 --", null)).isInstanceOfSatisfying(ValidationFailedException.class,
                v -> assertThat(v.issues()).extracting(FieldIssue::field).containsExactly("phone"));
        assertThatThrownBy(() -> find.execute(null, "not-an-email")).isInstanceOfSatisfying(ValidationFailedException.class,
                v -> assertThat(v.issues()).extracting(FieldIssue::field).containsExactly("email"));
    }

    @Test
    void erasingACustomerAnonymisesTheirOrdersAuditsAndIsThenUnknown() {
        place("k1", "ada@example.test", null, "mia", line("p-mug", 1));
        String id = CustomerRecord.idFor("ada@example.test");
        var erase = new EraseCustomer(customers, email -> {
            erasedEmails.add(email);
            return 1;
        }, world.clock);

        assertThat(erase.execute(id, "boss@store.test").ordersAnonymised()).isEqualTo(1);
        assertThat(erasedEmails).containsExactly("ada@example.test");
        assertThat(customers.audit).singleElement().asString().contains(id).contains("boss@store.test").doesNotContain("ada@");
        assertThatThrownBy(() -> erase.execute(id, "boss@store.test")).isInstanceOf(NotFoundException.class);
        assertThat(customers.audit).as("a repeat changes nothing").hasSize(1);
        assertThatThrownBy(() -> erase.execute("../../etc", "boss")).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void theExportNeutralisesSpreadsheetFormulas() {
        place("k1", "ada@example.test", null, "mia", line("p-mug", 1));
        customers.remember(CustomerRecord.idFor("eve@example.test"), "eve@example.test", "=HYPERLINK(\"http://x\")", "+15550100", "o", Fakes.NOW);

        String csv = new ExportCustomers(customers, java.time.ZoneId.of("Europe/Berlin")).execute();

        assertThat(csv.lines().findFirst()).contains("customerId,email,name,phone,firstOrderAt,lastOrderAt");
        String expected = Fakes.NOW.atZone(java.time.ZoneId.of("Europe/Berlin")).toOffsetDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        assertThat(csv).as("the store's wall-clock time and offset, to the second").contains("," + expected + "," + expected)
                .doesNotContain(Fakes.NOW.toString());
        assertThat(csv).contains("'=HYPERLINK").contains("'+15550100").doesNotContain(",=HYPERLINK");
        assertThat(csv.lines().count()).isEqualTo(3);
    }

    @Test
    void theDashboardAddsUpTheDaysOrdersByStatusRevenueAndProducts() {
        String a = place("k1", "ada@example.test", null, "mia", line("p-mug", 2), line("p-tee", 1));
        String b = place("k2", "bob@example.test", null, "mia", line("p-mug", 1));
        String c = place("k3", "cy@example.test", null, "sam", line("p-tee", 2));
        complete(a);
        complete(b);
        world.markOrder.execute(c, OrderStatus.REJECTED, null);
        outcomes.execute(c);
        outcomes.execute(c); // redelivered

        var view = dashboard.execute(true, "boss", "30");

        assertThat(view.scope()).isEqualTo("STORE");
        assertThat(view.today()).isEqualTo("2026-03-01");
        assertThat(view.todayByStatus()).containsEntry("COMPLETED", 2L).containsEntry("REJECTED", 1L)
                .containsEntry("IN_PROGRESS", 0L).containsEntry("FAILED", 0L)
                .as("refunds never re-count the day: no tile that always reads 0").doesNotContainKeys("REFUNDED", "PARTIALLY_REFUNDED");
        assertThat(view.revenueByDay()).hasSize(30);
        assertThat(view.revenueByDay().getLast().revenueCents()).isEqualTo(3 * 1250 + 2000);
        assertThat(view.topProductsThisWeek()).extracting(p -> p.productId() + "=" + p.units()).containsExactly("p-mug=3", "p-tee=1");
        assertThat(view.lowStock()).as("the tee has 2 left after selling 1 this week: low (threshold) or under a week of cover")
                .extracting(l -> l.productId()).contains("p-tee");
        assertThat(view.currency()).isEqualTo("USD");
    }

    private static app.orderdesk.backend.domain.Refund refund(String id, app.orderdesk.backend.domain.Refund.State state, long cents,
                                                              String madeAt) {
        var money = app.orderdesk.backend.domain.Money.ofCents(cents, "USD");
        return new app.orderdesk.backend.domain.Refund(id, "o-" + id, "key-" + id, "hash", "gw-" + id, state,
                app.orderdesk.backend.domain.RefundReason.DAMAGED, null,
                List.of(new app.orderdesk.backend.domain.RefundLine(0, "p-mug", "MUG", "Mug", 1, true, money)), money, "sue",
                java.time.Instant.parse(madeAt), null, null, null, null, null);
    }

    /** ADR 0070: refunds never re-count their order's day, so the store's day counts them on the day they were made. */
    @Test
    void theStoresDayCountsTheRefundsMadeTodayWhateverDayTheirOrdersWerePlaced() {
        var counted = new RefundsOfTheDay(totals, BERLIN);
        var refunded = app.orderdesk.backend.domain.Refund.State.REFUNDED;
        counted.count(refund("rf-1", app.orderdesk.backend.domain.Refund.State.REFUNDED, 1250, "2026-03-01T09:00:00Z"));
        counted.count(refund("rf-1", app.orderdesk.backend.domain.Refund.State.REFUNDED, 1250, "2026-03-01T09:00:00Z")); // retried
        counted.count(refund("rf-2", app.orderdesk.backend.domain.Refund.State.CREDITED, 400, "2026-03-01T10:00:00Z"));
        counted.count(refund("rf-3", app.orderdesk.backend.domain.Refund.State.REFUSED, 999, "2026-03-01T10:00:00Z"));
        counted.count(refund("rf-4", app.orderdesk.backend.domain.Refund.State.PENDING, 999, "2026-03-01T10:00:00Z"));
        // 23:30 UTC on 28 February is already 1 March in Berlin; 22:30 UTC on 1 March is still 1 March there
        counted.count(refund("rf-5", refunded, 100, "2026-02-28T23:30:00Z"));
        counted.count(refund("rf-6", refunded, 7000, "2026-02-28T22:30:00Z"));

        var view = dashboard.execute(true, "boss", "30");

        assertThat(view.refundsToday()).as("refunded or credited today (Berlin), each once; not refused, not pending")
                .isEqualTo(new app.orderdesk.api.DashboardView.DayRefunds(3, 1250 + 400 + 100));
        assertThat(dashboard.execute(false, "sam", null).refundsToday()).as("not staff's own day").isNull();
    }

    @Test
    void staffSeeOnlyTheOrdersTheyPlacedToday() {
        place("k1", "ada@example.test", null, "mia", line("p-mug", 1));
        String theirs = place("k2", "bob@example.test", null, "sam", line("p-mug", 1));
        complete(theirs);

        var view = dashboard.execute(false, "sam", null);

        assertThat(view.scope()).isEqualTo("MINE");
        assertThat(view.todayByStatus()).containsEntry("COMPLETED", 1L).containsEntry("IN_PROGRESS", 0L);
        assertThat(view.revenueByDay()).isEmpty();
        assertThat(view.topProductsThisWeek()).isEmpty();
        assertThat(searches).allSatisfy(s -> assertThat(s.day()).as("read from the day index").isEqualTo("2026-03-01"));
    }

    @Test
    void daysOutsideOneToNinetyAreRefused() {
        for (String bad : List.of("0", "91", "-1", "x", "1e2", "30.5")) {
            assertThatThrownBy(() -> dashboard.execute(true, "boss", bad)).as(bad).isInstanceOfSatisfying(ValidationFailedException.class,
                    v -> assertThat(v.issues()).extracting(FieldIssue::field).containsExactly("days"));
        }
    }

    @Test
    void withoutCriteriaTheOrderListIsTodayInTheStoresZone() {
        List<OrderSearch.Criteria> seen = new ArrayList<>();
        // 23:30 UTC on 1 March is already 2 March in Berlin
        var lateEvening = java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T23:30:00Z"), java.time.ZoneOffset.UTC);
        var list = new SearchOrders(c -> {
            seen.add(c);
            return new OrderSearch.OrderSlice(List.of(), null);
        }, lateEvening, BERLIN);

        list.execute(new SearchOrders.Query(null, null, null, null, null, null, null, null, null));
        list.execute(new SearchOrders.Query(null, null, null, "paid", null, null, null, null, "2026-02-27"));
        list.execute(new SearchOrders.Query(null, "ada@example.test", null, null, null, null, null, null, null));

        assertThat(seen).extracting(OrderSearch.Criteria::day).containsExactly("2026-03-02", "2026-02-27", null);
        assertThatThrownBy(() -> list.execute(new SearchOrders.Query(null, null, null, null, "2026-03-01", null, null, null, "2026-03-01")))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).extracting(FieldIssue::field).containsExactly("day"));
        assertThatThrownBy(() -> list.execute(new SearchOrders.Query(null, null, null, null, null, null, null, null, "2026-02-30")))
                .isInstanceOf(ValidationFailedException.class);
    }
}
