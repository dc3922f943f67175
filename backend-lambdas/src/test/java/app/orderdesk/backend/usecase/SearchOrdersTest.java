package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.OrderSearch;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchOrdersTest {

    private OrderSearch.Criteria seen;
    private final SearchOrders searchOrders = new SearchOrders(criteria -> {
        seen = criteria;
        var found = new OrderSearch.OrderSummary("00000000-0000-4000-8000-000000000001", "OD-000042", OrderStatus.PAID,
                "ada@example.test", "Ada", 2500, "USD", Instant.parse("2026-03-01T10:15:30Z"));
        return new OrderSearch.OrderSlice(List.of(found), "{\"orderId\":\"x\"}");
    });

    private static SearchOrders.Query query(String number, String email, String phone, String status, String from, String to,
                                            String limit, String token) {
        return new SearchOrders.Query(number, email, phone, status, from, to, limit, token);
    }

    @Test
    void normalisesTheCriteriaLikeTheStoredOrders() {
        var page = searchOrders.execute(query("od-42", " Ada@Example.TEST ", "+44 20 7946 0000", "paid",
                "2026-03-01", "2026-03-01", null, null));

        assertThat(seen.orderNumber()).isEqualTo("OD-000042");
        assertThat(seen.email()).isEqualTo("ada@example.test");
        assertThat(seen.phone()).isEqualTo("+442079460000");
        assertThat(seen.status()).isEqualTo(OrderStatus.PAID);
        assertThat(seen.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(seen.to()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(seen.limit()).isEqualTo(25);
        assertThat(page.items()).singleElement().satisfies(o -> assertThat(o.orderNumber()).isEqualTo("OD-000042"));
    }

    /** A date bound is the store's day, as {@code day=} counts it: a Berlin store's 1 March starts at 23:00 UTC the day before. */
    @Test
    void aDateBoundIsTheStoresDay() {
        SearchOrders berlin = new SearchOrders(criteria -> {
            seen = criteria;
            return new OrderSearch.OrderSlice(List.of(), null);
        }, java.time.Clock.systemUTC(), java.time.ZoneId.of("Europe/Berlin"));

        berlin.execute(query(null, null, null, null, "2026-03-01", "2026-03-29", null, null));

        assertThat(seen.from()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(seen.to()).as("the end of the day summer time began: 23 hours long").isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));

        berlin.execute(query(null, null, null, null, "2026-03-01T10:00:00Z", "2026-03-01T12:00:00+01:00", null, null));
        assertThat(seen.from()).as("an instant stays the instant it names").isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(seen.to()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
    }

    @Test
    void theNextTokenCarriesTheCursorBackUnchanged() {
        var page = searchOrders.execute(query(null, null, null, null, null, null, "100", null));

        searchOrders.execute(query(null, null, null, null, null, null, null, page.nextToken()));

        assertThat(seen.cursor()).isEqualTo("{\"orderId\":\"x\"}");
    }

    @Test
    void namesEveryWrongParameter() {
        assertThatThrownBy(() -> searchOrders.execute(query("ABC", "x".repeat(300), "12", "SHIPPED", "yesterday",
                "2026-13-01", "101", "***")))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).extracting(FieldIssue::field)
                        .containsExactlyInAnyOrder("number", "email", "phone", "status", "from", "to", "limit", "nextToken"));
        assertThatThrownBy(() -> searchOrders.execute(query(null, null, null, null, "2026-03-02", "2026-03-01T00:00:00Z", null, null)))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        v -> assertThat(v.issues().getFirst().field()).isEqualTo("to"));
    }

    // ADR 0073
    @Test
    void outstandingPaymentsAreASearchOfTheirOwnAndTheOnlyValueOfPayment() {
        searchOrders.execute(new SearchOrders.Query(null, null, null, null, null, null, null, null, null, " outstanding "));
        assertThat(seen.paymentOutstanding()).isTrue();
        assertThat(seen.day()).as("not today's list: the payment names the search").isNull();

        searchOrders.execute(new SearchOrders.Query(null, "ada@example.test", null, null, null, null, null, null, null, "OUTSTANDING"));
        assertThat(seen.paymentOutstanding()).isTrue();
        assertThat(seen.email()).isEqualTo("ada@example.test");

        searchOrders.execute(query(null, "ada@example.test", null, null, null, null, null, null));
        assertThat(seen.paymentOutstanding()).as("not asked").isFalse();

        assertThatThrownBy(() -> searchOrders.execute(new SearchOrders.Query(null, null, null, null, null, null, null, null, null, "PAID")))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues())
                        .containsExactly(new FieldIssue("payment", "must be OUTSTANDING")));
    }
}
