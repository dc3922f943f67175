package app.orderdesk.desktop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.OrderView;
import app.orderdesk.desktop.Clicks;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Support's day: find an order by the customer's email, open it, preview and resend its receipt. */
@ExtendWith(ApplicationExtension.class)
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class SupportFindsOrderFlowTest {

    @TempDir
    static Path home;

    private static String email;
    private static OrderView order;
    private DesktopDriver driver;

    @BeforeAll
    static void placeAnOrder() {
        DesktopDriver setup = new DesktopDriver(home);
        email = DesktopDriver.uniqueEmail("support-flow");
        order = DesktopDriver.placeCompletedOrder(setup.api("staff"), email);
    }

    /**
     * Session 21: the API says how an order is paid (the desk read "paid" on an order to be paid on delivery). Session 22:
     * an order paid on delivery is not charged through the gateway (ADR 0068), so it carries no payment id.
     */
    @Test
    void theOrderSaysWhetherACardWasChargedOrItIsPaidOnDelivery() {
        DesktopDriver setup = new DesktopDriver(home);
        OrderView onDelivery = DesktopDriver.placeCompletedOrder(setup.api("staff"), DesktopDriver.uniqueEmail("on-delivery"),
                app.orderdesk.desktop.order.PaymentTokens.PAY_ON_DELIVERY);

        assertThat(onDelivery.paymentMethod()).isEqualTo(app.orderdesk.api.PaymentMethod.ON_DELIVERY);
        assertThat(onDelivery.paymentId()).as("ADR 0068: nothing charged, so no payment reference").isNull();
        assertThat(order.paymentMethod()).isEqualTo(app.orderdesk.api.PaymentMethod.CARD);
        assertThat(order.paymentId()).startsWith("pay_");
    }

    /**
     * ADR 0071 through the desk's own client: support records the cash an order paid on delivery brought in; ADR 0072: a
     * manager undoes the record.
     */
    @Test
    void supportRecordsThePaymentOfAnOrderPaidOnDelivery() {
        DesktopDriver setup = new DesktopDriver(home);
        OrderView onDelivery = DesktopDriver.placeCompletedOrder(setup.api("staff"), DesktopDriver.uniqueEmail("collected"),
                app.orderdesk.desktop.order.PaymentTokens.PAY_ON_DELIVERY);
        assertThat(onDelivery.paymentReceived()).as("outstanding until someone records it").isNull();

        String recordKey = java.util.UUID.randomUUID().toString();
        OrderView recorded = setup.api("support").recordPaymentReceived(onDelivery.orderId(),
                new app.orderdesk.api.PaymentReceivedRequest("CASH", "paid to the driver"), recordKey);

        assertThat(recorded.paymentReceived()).isNotNull();
        assertThat(recorded.paymentReceived().method()).isEqualTo(app.orderdesk.api.CollectionMethod.CASH);
        assertThat(recorded.paymentReceived().note()).isEqualTo("paid to the driver");
        assertThat(recorded.paymentReceived().recordedBy()).isNotBlank();
        assertThat(setup.api("staff").order(onDelivery.orderId()).paymentReceived()).as("every desk reads it")
                .isEqualTo(recorded.paymentReceived());

        // ADR 0072: a manager undoes it (recorded by mistake), saying why; the order keeps the record it undid
        OrderView undone = setup.api("managers").undoPaymentReceived(onDelivery.orderId(),
                new app.orderdesk.api.UndoPaymentReceivedRequest("recorded on the wrong order"), java.util.UUID.randomUUID().toString());
        assertThat(undone.paymentReceived()).isNull();
        assertThat(undone.paymentUndone()).satisfies(u -> {
            assertThat(u.method()).isEqualTo(app.orderdesk.api.CollectionMethod.CASH);
            assertThat(u.note()).isEqualTo("paid to the driver");
            assertThat(u.recordedBy()).isEqualTo(recorded.paymentReceived().recordedBy());
            assertThat(u.undoneBy()).isNotBlank().isNotEqualTo(u.recordedBy());
            assertThat(u.reason()).isEqualTo("recorded on the wrong order");
        });
        assertThat(setup.api("staff").order(onDelivery.orderId()).paymentUndone()).isEqualTo(undone.paymentUndone());

        // ADR 0085: the support desk's first answer was lost and it sends the record again, under its key, after the undo
        var lateCopy = org.assertj.core.api.Assertions.catchThrowableOfType(app.orderdesk.desktop.client.ApiException.class,
                () -> setup.api("support").recordPaymentReceived(onDelivery.orderId(),
                        new app.orderdesk.api.PaymentReceivedRequest("CASH", "paid to the driver"), recordKey));
        assertThat(lateCopy.status()).isEqualTo(409);
        assertThat(lateCopy.error().code()).isEqualTo("PAYMENT_CHANGED");
        assertThat(setup.api("staff").order(onDelivery.orderId()).paymentReceived()).as("the undo stands").isNull();

        var card = org.assertj.core.api.Assertions.catchThrowableOfType(app.orderdesk.desktop.client.ApiException.class,
                () -> setup.api("support").recordPaymentReceived(order.orderId(), new app.orderdesk.api.PaymentReceivedRequest("CASH", null), null));
        assertThat(card.status()).isEqualTo(409);
        assertThat(card.error().code()).isEqualTo("NOT_PAID_ON_DELIVERY");
    }

    @Start
    void start(Stage stage) throws Exception {
        driver = new DesktopDriver(home);
        driver.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        driver.stop(robot);
    }

    @Test
    void supportFindsTheOrderByEmailAndPreviewsAndResendsItsReceipt(FxRobot robot) {
        driver.signIn(robot, "support");

        // Support lands on Orders: they cannot place orders.
        driver.type(robot, "#ordersEmailField", email.toUpperCase());
        Clicks.on(robot, "#ordersSearchButton");
        TableView<OrderSummaryView> table = robot.lookup("#ordersTable").queryTableView();
        await().atMost(Duration.ofSeconds(20)).until(() -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().orderNumber()).isEqualTo(order.orderNumber());

        Clicks.twiceOn(robot, order.orderNumber());

        Parent detail = robot.lookup("#orderDetail").queryAs(Parent.class);
        ImageView receipt = (ImageView) detail.lookup("#detailReceiptPreview");
        await().atMost(Duration.ofSeconds(30)).until(() -> receipt.getImage() != null);
        assertThat(((Label) detail.lookup("#detailOrderNumber")).getText()).isEqualTo(order.orderNumber());
        assertThat(((Label) detail.lookup("#detailStatus")).getText()).isEqualTo("Completed");
        assertThat(((TableView<?>) detail.lookup("#detailLines")).getItems()).hasSize(2);
        assertThat(((Label) detail.lookup("#detailCustomer")).getText()).endsWith("paid by card (" + order.paymentId() + ")");
        assertThat(receipt.getImage().getWidth()).isGreaterThan(100);
        Button cancel = (Button) detail.lookup("#cancelOrderButton");
        assertThat(cancel.isDisabled()).isTrue();
        assertThat(cancel.getTooltip().getText()).isEqualTo("Only managers can cancel orders");

        Button resend = (Button) detail.lookup("#resendEmailButton");
        assertThat(resend.isDisabled()).isFalse();
        Clicks.on(robot, resend); // the dialog, the customer's address filled in and selected: typing replaces it
        await().atMost(Duration.ofSeconds(10)).until(() -> resendDialog() != null);
        javafx.stage.Window dialog = resendDialog();
        robot.targetWindow(dialog);
        assertThat(((javafx.scene.control.TextField) dialog.getScene().lookup("#resendEmailTo")).getText()).isEqualTo(email);
        String another = DesktopDriver.uniqueEmail("support-flow-other");
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#resendEmailTo").queryAs(javafx.scene.control.TextField.class).isFocused());
        robot.write(another);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.targetWindow(detail.getScene().getWindow());
        Label message = (Label) detail.lookup("#detailMessage");
        await().atMost(Duration.ofSeconds(20)).until(() -> message.getText().startsWith("Receipt sent to " + another));

        // Inventory is read-only for support, and the screen says why.
        driver.openTab(robot, "inventoryTab");
        Node adjust = robot.lookup("#adjustButton").query();
        assertThat(adjust.isDisabled()).isTrue();
        assertThat(((Button) adjust).getTooltip().getText()).isEqualTo("Only managers can change stock");
    }

    private static javafx.stage.Window resendDialog() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#resendEmailTo") != null)
                .findFirst().orElse(null);
    }
}
