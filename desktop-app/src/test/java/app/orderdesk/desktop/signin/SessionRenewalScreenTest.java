package app.orderdesk.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.auth.AuthException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The session's 12 hours end while a clerk is mid-order: the desk asks for the password over the window as it is, and
 * the half-typed order is still there afterwards (session 32; before, every action said "session expired").
 */
@ExtendWith(ApplicationExtension.class)
class SessionRenewalScreenTest {

    @TempDir
    static Path home;

    private final FakeAuthService auth = new FakeAuthService("staff@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: TestFX hands every test class the same primary stage with earlier desks' close-request
        // handlers on it, and the close question below must be this desk's alone (as in DiscardDraftScreenTest).
        stage = new Stage();
        desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        desk.close(robot);
    }

    /** Signs in with a token that needs renewing at once, which the pool refuses; an API call then asks for one. */
    private void sessionEndsMidOrder(FxRobot robot) {
        auth.sessionLength = Duration.ZERO;
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        auth.refreshFailure = AuthException.sessionEnded("Your session has ended. Sign in again to carry on.", null);
        Clicks.on(robot, "#customerName").write("Ann Tester");
        CompletableFuture<Throwable> call = CompletableFuture.supplyAsync(() -> {
            try {
                desk.tokens().get(); // what the API client does before each request, on a worker thread
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(call.join()).isInstanceOf(AuthException.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#sessionRenewPassword").tryQuery().isPresent());
        // The robot's keys go to the window it targets (headless Monocle calls both windows focused), as a person's go to
        // the dialog that has just opened.
        robot.targetWindow(robot.lookup("#sessionRenewPassword").query().getScene().getWindow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The session ends mid-order and the person signs out in the question: the sign-in screen, the pool working again. */
    private void sessionStartsOverMidOrder(FxRobot robot) {
        sessionEndsMidOrder(robot);
        Clicks.on(robot, "#sessionRenewSignOutButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#emailField").tryQuery().isPresent());
        auth.sessionLength = Duration.ofHours(1);
        auth.refreshFailure = null;
    }

    /**
     * The id of the dialog's focus owner. Headless Monocle reports the main window focused too while the dialog shows,
     * so {@code Focus.ownerId} (the first focused window's) cannot tell.
     */
    private static String dialogFocusOwner(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listTargetWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#sessionRenewPassword") != null)
                .map(w -> w.getScene().getFocusOwner())
                .filter(java.util.Objects::nonNull)
                .map(javafx.scene.Node::getId)
                .findFirst().orElse("");
    }

    @Test
    void theSamePersonSignsInAgainByKeyboardAndTheHalfTypedOrderStays(FxRobot robot) {
        sessionEndsMidOrder(robot);
        assertThat(robot.lookup("#sessionRenewEmail").queryAs(Label.class).getText()).isEqualTo("staff@example.com");
        await().atMost(Duration.ofSeconds(10)).until(() -> "sessionRenewPassword".equals(dialogFocusOwner(robot)));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sessionRenewPassword").tryQuery()).as("Esc does not sign out (nothing typed is dropped)").isPresent();

        robot.write("wrong").type(KeyCode.ENTER);
        Label error = robot.lookup("#sessionRenewError").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Wrong email or password".equals(error.getText()));
        javafx.scene.Node signIn = robot.lookup("#sessionRenewSignInButton").query();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(signIn.localToScene(signIn.getBoundsInLocal()).getMaxY())
                .as("the refusal's line does not push the buttons out of the dialog (seen in a snapshot)")
                .isLessThanOrEqualTo(signIn.getScene().getHeight()));
        await().atMost(Duration.ofSeconds(10)).until(() -> "sessionRenewPassword".equals(dialogFocusOwner(robot)));

        auth.sessionLength = Duration.ofHours(1);
        robot.write("Secret-123").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#sessionRenewPassword").tryQuery().isEmpty());

        assertThat(desk.tokens().get()).as("the new sign-in's token, no refresh needed").isEqualTo("id-token");
        assertThat(robot.lookup("#customerName").queryAs(TextField.class).getText()).isEqualTo("Ann Tester");
        assertThat(robot.lookup("#mainTabs").tryQuery()).isPresent();
        assertThat(auth.calls).containsSubsequence("refresh", "signIn staff@example.com", "signIn staff@example.com");
    }

    @Test
    void signOutGoesToTheSignInScreen(FxRobot robot) {
        sessionEndsMidOrder(robot);

        Clicks.on(robot, "#sessionRenewSignOutButton");

        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#emailField").tryQuery().isPresent());
        assertThat(robot.lookup("#mainTabs").tryQuery()).isEmpty();
        assertThat(robot.lookup("#sessionRenewPassword").tryQuery()).isEmpty();
    }

    /**
     * ADR 0082: the session had to start over (here: Sign out in the question; a new password or other roles end the same
     * way) while an order was being typed. The next sign-in that may place orders gets it back, as typed.
     */
    @Test
    void anOrderTypedWhenTheSessionStartedOverComesBackAtTheNextSignIn(FxRobot robot) {
        sessionStartsOverMidOrder(robot);

        desk.signInAs(robot, FakeDesk.Role.STAFF);

        assertThat(robot.lookup("#customerName").queryAs(TextField.class).getText()).isEqualTo("Ann Tester");
        assertThat(robot.lookup("#orderQueuedLabel").queryAs(Label.class).getText())
                .isEqualTo(app.orderdesk.desktop.ui.Messages.text("order.takenBack"));
    }

    /** ADR 0082 (untested in session 34): while an order waits to come back, closing from the sign-in screen asks first. */
    @Test
    void closingTheWindowWhileATypedOrderWaitsToComeBackAsksFirst(FxRobot robot) {
        sessionStartsOverMidOrder(robot);

        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        app.orderdesk.desktop.DraftQuestions.readyWithKeepAsEnterAndEsc();
        app.orderdesk.desktop.DraftQuestions.keep(robot);
        assertThat(stage.isShowing()).as("kept: the window stays on the sign-in screen").isTrue();
        desk.signInAs(robot, FakeDesk.Role.STAFF);
        assertThat(robot.lookup("#customerName").queryAs(TextField.class).getText()).as("and the order comes back").isEqualTo("Ann Tester");

        javafx.application.Platform.runLater(() -> robot.lookup("#signOutButton").queryButton().fire()); // the question waits
        app.orderdesk.desktop.DraftQuestions.readyWithKeepAsEnterAndEsc();
        app.orderdesk.desktop.DraftQuestions.discard(robot);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#emailField").tryQuery().isPresent());
        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.orderdesk.desktop.DraftQuestions.shown()).as("discarded at sign-out: nothing waits, nothing is asked").isNull();
    }

    @Test
    void aSignInMoreThanAQuarterOfAnHourLaterSaysTheTypedOrderWasNotKept(FxRobot robot) {
        sessionStartsOverMidOrder(robot);

        desk.clock.ahead = Duration.ofMinutes(16);
        desk.signInAs(robot, FakeDesk.Role.STAFF);

        assertThat(robot.lookup("#customerName").queryAs(TextField.class).getText()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#notificationText").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("")
                .equals(app.orderdesk.desktop.ui.Messages.text("order.takenBack.dropped",
                        app.orderdesk.desktop.ui.Messages.text("order.takenBack.tooLate", 15))));
    }

    @Test
    void aSignInThatCannotPlaceOrdersSaysTheTypedOrderWasNotKept(FxRobot robot) {
        sessionStartsOverMidOrder(robot);

        desk.signInAs(robot, FakeDesk.Role.SUPPORT);

        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#notificationText").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("")
                .equals(app.orderdesk.desktop.ui.Messages.text("order.takenBack.dropped",
                        app.orderdesk.desktop.ui.Messages.text("order.takenBack.notAnOrderTaker"))));
    }
}
