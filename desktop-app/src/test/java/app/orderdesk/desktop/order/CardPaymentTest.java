package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.client.HttpApiClient;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paying by card from the draft: only the token reaches our API (checked on the wire, through the real
 * HTTP client) and nothing of the card reaches a log; after a decline another card is tried without
 * retyping the order.
 */
class CardPaymentTest {

    private static final String CARD = "4242424242424242";
    private static final String CARD_SPACED = "4242 4242 4242 4242";
    /**
     * The CVC as a word of its own: "737" inside a random port (37377), a UUID of the Idempotency-Key or another
     * number is not the CVC, and matching it there made the test fail by chance.
     */
    private static final java.util.regex.Pattern CVC_AS_A_WORD = java.util.regex.Pattern.compile("\\b737\\b");

    private HttpServer server;
    private final List<String> bodies = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;
    private Level rootLevel;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (bodies) {
                bodies.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders() + " " + body);
            }
            byte[] answer = "{\"orderId\":\"o-1\",\"orderNumber\":\"OD-1001\",\"status\":\"RECEIVED\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        out = System.out;
        err = System.err;
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterEach
    void stop() {
        System.setOut(out);
        System.setErr(err);
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("").setLevel(rootLevel);
        server.stop(0);
    }

    @Test
    void onlyTheTokenReachesTheApiAndNoLogSeesTheCard() {
        HttpApiClient api = new HttpApiClient("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", () -> "id-token");
        OrderDraftViewModel draft = new OrderDraftViewModel(api, new SameThreadExecutor(), r -> { });
        draft.orderLines().add(FakeApiClient.MUG, 2);
        draft.customer().emailProperty().set("ann@example.com");
        draft.customer().nameProperty().set("Ann Lee");
        draft.paymentProperty().set(PaymentOption.CARD);

        draft.card().typed(CARD_SPACED, "12/99", "737");
        draft.submit();

        assertThat(bodies).singleElement().satisfies(request -> assertThat(request)
                .contains("\"paymentToken\":\"tok_visa\"")
                .doesNotContain(CARD).doesNotContain(CARD_SPACED).doesNotContainPattern(CVC_AS_A_WORD).doesNotContain("12/99"));
        String everythingLogged = String.join("\n", logged) + console.toString(StandardCharsets.UTF_8);
        assertThat(everythingLogged).doesNotContain(CARD).doesNotContain("4242 4242").doesNotContainPattern(CVC_AS_A_WORD);
    }

    @Test
    void afterADeclineAnotherCardIsTriedWithoutRetypingTheOrder() {
        FakeApiClient api = new FakeApiClient();
        AtomicInteger keys = new AtomicInteger();
        OrderDraftViewModel draft = new OrderDraftViewModel(api, new SameThreadExecutor(), () -> "key-" + keys.incrementAndGet(), r -> { });
        draft.orderLines().add(FakeApiClient.MUG, 2);
        draft.customer().emailProperty().set("ann@example.com");
        draft.customer().nameProperty().set("Ann Lee");
        draft.paymentProperty().set(PaymentOption.CARD);
        draft.card().typed("4000 0000 0000 0002", "12/99", "123");
        draft.submit();

        draft.reopen("Payment declined");
        assertThat(draft.card().tokenProperty().get()).as("the declined card's token is spent").isEmpty();
        assertThat(draft.canSubmitBinding().get()).isFalse();
        draft.card().typed("5555 5555 5555 4444", "12/99", "123");
        draft.submit();

        assertThat(api.placed).hasSize(2);
        assertThat(api.placed.get(0).paymentToken()).isEqualTo("tok_chargeDeclined");
        assertThat(api.placed.get(1).paymentToken()).isEqualTo("tok_mastercard");
        assertThat(api.placed.get(1).lines()).isEqualTo(api.placed.get(0).lines());
        assertThat(api.placed.get(1).customer()).isEqualTo(api.placed.get(0).customer());
        assertThat(api.idempotencyKeys).containsExactly("key-1", "key-2");
    }

    @Test
    void payOnDeliveryNeedsNoCardAndSendsItsOwnToken() {
        FakeApiClient api = new FakeApiClient();
        OrderDraftViewModel draft = new OrderDraftViewModel(api, new SameThreadExecutor(), r -> { });
        draft.orderLines().add(FakeApiClient.MUG, 1);
        draft.customer().emailProperty().set("ann@example.com");
        draft.customer().nameProperty().set("Ann Lee");
        assertThat(draft.paymentProperty().get()).isEqualTo(PaymentOption.PAY_ON_DELIVERY);

        draft.submit();

        assertThat(api.placed).singleElement().satisfies(r -> assertThat(r.paymentToken()).isEqualTo(PaymentTokens.PAY_ON_DELIVERY));
    }
}
