package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeBackOfficeApi;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 12: the order form's customer pane offers repeat callers as staff type a phone number or an email,
 * by keyboard only — ↓ to the offer, Enter takes it (fields filled, last orders shown), Esc closes it — and
 * the offer stays out of the Tab order.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerSuggestionsScreenTest {

    private final FakeBackOfficeApi directory = new FakeBackOfficeApi();
    private final List<Object> accepted = new ArrayList<>();
    private FxBackgroundExecutor executor;
    private CustomerViewModel customer;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxBackgroundExecutor();
        OrderDraftViewModel draft = new OrderDraftViewModel(new FakeApiClient(), executor, () -> "key", accepted::add);
        customer = draft.customer();
        customer.useDirectory(CustomerLookup.of(directory), executor);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new CustomerPane(draft).root()), 640, 480));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        executor.close();
    }

    @Test
    void typingAnEmailOffersTheCallerAndEnterFillsTheFormAndShowsTheirLastOrders(FxRobot robot) {
        Clicks.on(robot, "#customerEmail").write(FakeBackOfficeApi.ADA.email());
        ListView<?> offer = robot.lookup("#customerSuggestions").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> offer.isVisible() && offer.getItems().size() == 1);
        assertThat(robot.lookup("#customerName").queryAs(TextField.class).getText()).as("nothing filled before choosing").isEmpty();

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        ListView<?> lastOrders = robot.lookup("#customerLastOrders").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> lastOrders.isVisible() && lastOrders.getItems().size() == 2);
        assertThat(robot.lookup("#customerName").queryAs(TextField.class).getText()).isEqualTo("Ada Lovelace");
        assertThat(robot.lookup("#customerPhone").queryAs(TextField.class).getText()).isEqualTo("+4930123456");
        assertThat(offer.isVisible()).as("the offer closes once taken").isFalse();
        assertThat(robot.lookup("#customerName").queryAs(TextField.class).isFocused()).as("the keyboard moves on to the name").isTrue();
        assertThat(lastOrders.getItems()).extracting(o -> CustomerViewModel.describe((app.orderdesk.api.OrderSummaryView) o))
                .containsExactly("OD-000031 · Completed · $25.00 · Mar 1, 2026", "OD-000007 · Completed · $12.50 · Jan 5, 2026");
        assertThat(customer.completeBinding().get()).isTrue();
    }

    @Test
    void aPhoneNumberInAnyFormOffersTheCallerToo(FxRobot robot) {
        Clicks.on(robot, "#customerPhone").write("030 12 34 56");
        ListView<?> offer = robot.lookup("#customerSuggestions").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> offer.getItems().size() == 1);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(10)).until(() -> FakeBackOfficeApi.ADA.email().equals(
                robot.lookup("#customerEmail").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#customerPhone").queryAs(TextField.class).getText()).isEqualTo("+4930123456");
        assertThat(directory.phoneQueries).as("no lookup before six digits").allSatisfy(q -> assertThat(q.replaceAll("[^0-9]", "")).hasSizeGreaterThanOrEqualTo(6));
    }

    @Test
    void escapeClosesTheOfferAndKeepsWhatWasTypedAndTabSkipsIt(FxRobot robot) {
        Clicks.on(robot, "#customerEmail").write(FakeBackOfficeApi.ADA.email());
        ListView<?> offer = robot.lookup("#customerSuggestions").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> offer.getItems().size() == 1);

        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#customerName").queryAs(TextField.class).isFocused()).as("Tab goes on to the name").isTrue();
        Clicks.on(robot, "#customerPhone").type(KeyCode.TAB);
        assertThat(robot.lookup("#paymentChoice").query().isFocused()).as("from the phone, Tab skips the offer below it").isTrue();
        Clicks.on(robot, "#customerEmail").type(KeyCode.ESCAPE);

        assertThat(offer.getItems()).isEmpty();
        assertThat(offer.isVisible()).isFalse();
        assertThat(robot.lookup("#customerEmail").queryAs(TextField.class).getText()).isEqualTo(FakeBackOfficeApi.ADA.email());
        assertThat(robot.lookup("#customerName").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#customerLastOrders").queryListView().isVisible()).isFalse();
    }

    @Test
    void anUnknownOrIncompleteEmailOffersNobody(FxRobot robot) {
        Clicks.on(robot, "#customerEmail").write("someone.new@example.test");
        await().atMost(Duration.ofSeconds(10)).until(() -> directory.emailQueries.contains("someone.new@example.test"));
        robot.type(KeyCode.DOWN);

        assertThat(robot.lookup("#customerSuggestions").queryListView().isVisible()).isFalse();
        assertThat(directory.emailQueries).as("only complete emails are looked up").allSatisfy(q -> assertThat(EmailRule.isValid(q)).isTrue())
                .contains("someone.new@example.test").doesNotContain("someone.new@", "someone.new@example");
        assertThat(robot.lookup("#customerEmail").queryAs(TextField.class).isFocused()).isTrue();
    }
}
