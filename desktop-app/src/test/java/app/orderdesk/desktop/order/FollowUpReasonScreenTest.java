package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestPdfs;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Status audit, session 33: an order whose receipt the workflow could not email stays "Receipt ready" with a follow-up
 * note; the Place order screen showed it in the working colour with no word of the note, as if it were still going.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpReasonScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;

    @Start
    void start(Stage stage) {
        api.receiptBytes = TestPdfs.onePage();
        api.statuses.add(OrderStatus.RECEIPT_READY);
        api.reasonWhileOpen = true;
        api.statusReason = "Receipt could not be delivered; resend it";
        api.statusReasonCode = "RECEIPT_FOLLOW_UP";
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    @Test
    void anOrderLeftForFollowUpSaysSoWhereItWasPlaced(FxRobot robot) {
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        OrderEntry.submitOneFor(robot, FakeApiClient.MUG);

        Label status = robot.lookup("#orderStatusLabel").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> "Receipt ready".equals(status.getText()));
        Label reason = robot.lookup("#orderStatusReason").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(reason::isVisible);
        assertThat(reason.getText()).isEqualTo("Receipt could not be delivered; resend it");
    }
}
