package app.orderdesk.localcloud.apigateway;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            new Route("post", "/place-order", "PlaceOrder"),
            new Route("get", "/orders", "ListOrders"),
            new Route("get", "/orders/{id}", "GetOrder"),
            new Route("get", "/orders/{id}/timeline", "Timeline"),
            new Route("get", "/orders/search", "SearchOrders")));

    @Test
    void matchesLiteralRoutes() {
        assertThat(table.match("POST", "/place-order")).get().extracting(m -> m.route().functionName()).isEqualTo("PlaceOrder");
        assertThat(table.match("GET", "/orders/")).get().extracting(m -> m.route().functionName()).isEqualTo("ListOrders");
    }

    @Test
    void bindsPathParametersDecoded() {
        var match = table.match("GET", "/orders/abc%20123/timeline").orElseThrow();
        assertThat(match.route().resourcePath()).isEqualTo("/orders/{id}/timeline");
        assertThat(match.pathParameters()).isEqualTo(Map.of("id", "abc 123"));
    }

    @Test
    void prefersLiteralSegmentsOverParameters() {
        assertThat(table.match("GET", "/orders/search").orElseThrow().route().functionName()).isEqualTo("SearchOrders");
        assertThat(table.match("GET", "/orders/o-1").orElseThrow().route().functionName()).isEqualTo("GetOrder");
    }

    @Test
    void rejectsUnknownPathsAndMethods() {
        assertThat(table.match("GET", "/place-order")).isEmpty();
        assertThat(table.pathExists("/place-order")).isTrue();
        assertThat(table.match("GET", "/nope")).isEmpty();
        assertThat(table.match("GET", "/orders/1/timeline/extra")).isEmpty();
    }
}
