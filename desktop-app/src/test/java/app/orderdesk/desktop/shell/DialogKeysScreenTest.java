package app.orderdesk.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.ImportReportView;
import app.orderdesk.api.ImportReportView.Status;
import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.inventory.AdjustReason;
import app.orderdesk.desktop.inventory.ImportCountsViewModel;
import app.orderdesk.desktop.inventory.InventoryDialogs;
import app.orderdesk.desktop.refunds.RefundDialog;
import app.orderdesk.desktop.refunds.RefundViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * h-b (issue 13): the three keys every dialog keeps to, by keyboard as people press them: focus starts in the first
 * field; Escape closes without a change (from any of its fields, the note and the closed reason list included); Enter
 * does the default action only when what is typed is valid. The new-password step, adjust stock, the stock-count
 * import and the refund (the product editor's keys: {@code ProductDialogKeyboardScreenTest}).
 */
@ExtendWith(ApplicationExtension.class)
class DialogKeysScreenTest {

    @TempDir
    Path home;

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private final List<FxBackgroundExecutor> executors = new ArrayList<>();
    private FakeDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        if (desk != null) {
            desk.close(robot);
        } else {
            app.orderdesk.desktop.FxTestWindows.closeAll(robot);
        }
        executors.forEach(FxBackgroundExecutor::close);
    }

    @Test
    void theNewPasswordStepStartsInItsFieldAndEnterSetsOnlyAPasswordThatMeetsTheRules(FxRobot robot) {
        auth.temporaryPassword = true;
        // The pool answers after a moment, as Cognito does: while it works the form is disabled and loses the focus.
        app.orderdesk.desktop.auth.AuthService slowPool = slowPool();
        // As the installed app opens it: with the connection choice above the form (a profile store), which is where the
        // focus fell back to when the step changed.
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        executors.add(executor);
        robot.interact(() -> {
            app.orderdesk.desktop.AppServices services = new app.orderdesk.desktop.AppServices(FakeDesk.PROFILE, executor, slowPool,
                    tokens -> api, new app.orderdesk.desktop.order.PdfBoxReceiptRenderer(), java.time.Clock.systemUTC(), executor, home);
            new app.orderdesk.desktop.AppWindow(stage, services, new app.orderdesk.desktop.infra.ProfileStore(home), null).show();
        });
        assertThat(robot.lookup("#profileChoice").tryQuery()).isPresent();
        Clicks.on(robot, "#emailField").write("manager@example.com");
        robot.type(KeyCode.TAB).write("Secret-123").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#newPasswordField").tryQuery().map(Node::isVisible).orElse(false));
        // The step takes the focus right after it shows; without it the focus stays nowhere (or on the connection choice).
        await().atMost(Duration.ofSeconds(10)).until(() -> "newPasswordField".equals(focusedId(robot)));

        robot.write("abc").type(KeyCode.TAB).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(auth.calls).as("a password that breaks the rules is not sent").noneMatch(c -> c.startsWith("newPassword"));
        assertThat(robot.lookup("#signInError").queryLabeled().getText()).isNotBlank();
        // Back to the password that breaks the rules, selected: typing replaces it.
        await().atMost(Duration.ofSeconds(10)).until(() -> "newPasswordField".equals(focusedId(robot)));
        robot.write("Fresh-Passw0rd!");
        robot.type(KeyCode.TAB).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Fresh-Passw0rd!");
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        assertThat(auth.calls).contains("newPassword manager@example.com");
    }

    @Test
    void aRefusedSignInGivesTheKeyboardBackToThePasswordToTypeAgain(FxRobot robot) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        executors.add(executor);
        robot.interact(() -> {
            app.orderdesk.desktop.AppServices services = new app.orderdesk.desktop.AppServices(FakeDesk.PROFILE, executor, slowPool(),
                    tokens -> api, new app.orderdesk.desktop.order.PdfBoxReceiptRenderer(), java.time.Clock.systemUTC(), executor, home);
            new app.orderdesk.desktop.AppWindow(stage, services, new app.orderdesk.desktop.infra.ProfileStore(home), null).show();
        });
        Clicks.on(robot, "#emailField").write("manager@example.com");
        robot.type(KeyCode.TAB).write("Secret-12").type(KeyCode.ENTER); // one character short
        await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup("#signInError").queryLabeled().getText().isEmpty());

        await().atMost(Duration.ofSeconds(10)).until(() -> "passwordField".equals(focusedId(robot)));
        robot.write("Secret-123").type(KeyCode.ENTER); // over the selected, refused one
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
    }

    @Test
    void adjustStockStartsInTheChangeClosesWithEscapeAndAppliesOnEnterOnlyWhenValid(FxRobot robot) {
        signInToInventory(robot);

        Window adjust = openAdjust(robot);
        assertThat(focusedId(robot)).as("focus starts in the change").isEqualTo("adjustDelta");
        robot.type(KeyCode.ENTER); // a change of 0 and no reason: nothing to apply
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(adjust.isShowing()).isTrue();
        robot.write("5");
        robot.interact(() -> robot.lookup("#adjustReason").queryAs(ComboBox.class).requestFocus());
        robot.type(KeyCode.ESCAPE); // from the closed reason list
        await().atMost(Duration.ofSeconds(10)).until(() -> !adjust.isShowing());

        Window again = openAdjust(robot);
        robot.write("5");
        robot.interact(() -> robot.lookup("#adjustNote").query().requestFocus());
        robot.write("Delivery");
        robot.type(KeyCode.ESCAPE); // from the note
        await().atMost(Duration.ofSeconds(10)).until(() -> !again.isShowing());
        assertThat(api.adjustments).as("Escape changes nothing").isEmpty();

        Window third = openAdjust(robot);
        robot.write("5");
        @SuppressWarnings("unchecked")
        ComboBox<AdjustReason> reason = robot.lookup("#adjustReason").queryAs(ComboBox.class);
        robot.interact(() -> reason.setValue(AdjustReason.DAMAGED)); // damaged goods lower the stock: +5 is refused
        robot.interact(() -> robot.lookup("#adjustDelta").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(api.adjustments).as("Enter on a change the reason does not allow").isEmpty();
        robot.interact(() -> reason.setValue(AdjustReason.RECEIVED));
        robot.interact(() -> robot.lookup("#adjustDelta").query().requestFocus());
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.adjustments.size() == 1);
        assertThat(api.adjustments.getFirst().delta()).isEqualTo(5);
        await().atMost(Duration.ofSeconds(10)).until(() -> !third.isShowing());
    }

    @Test
    void ctrlEnterInTheNoteAppliesTheChangeAndSendsTheRefundWithTheNoteAsTyped(FxRobot robot) {
        signInToInventory(robot);
        Window adjust = openAdjust(robot);
        robot.write("5");
        @SuppressWarnings("unchecked")
        ComboBox<AdjustReason> reason = robot.lookup("#adjustReason").queryAs(ComboBox.class);
        robot.interact(() -> reason.setValue(AdjustReason.RECEIVED));
        robot.interact(() -> robot.lookup("#adjustNote").query().requestFocus());
        robot.write("Delivery");
        robot.type(KeyCode.ENTER); // in the note Enter is a new line, not "apply"
        robot.write("4471");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(api.adjustments).as("Enter in the note").isEmpty();
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.adjustments.size() == 1);
        assertThat(api.adjustments.getFirst().note()).isEqualTo("Delivery\n4471");
        await().atMost(Duration.ofSeconds(10)).until(() -> !adjust.isShowing());

        api.refundHook = request -> {
            throw new app.orderdesk.desktop.client.ApiException(503, app.orderdesk.api.ApiError.of("SERVICE_UNAVAILABLE", "try again"));
        };
        Instant at = Instant.parse("2026-11-28T15:42:00Z");
        OrderView order = new OrderView("o-1", "OD-000042", OrderStatus.COMPLETED, null, new CustomerDetails("ann@example.com", "Ann", null),
                List.of(new OrderLineView("p-mug", "MUG-1", "Blue mug", 2, 1250, 2500)), 2500, "USD", "pay-1", true, at, at);
        Stage refund = openRefund(robot, order);
        robot.interact(() -> robot.lookup("#refundNote").query().requestFocus());
        robot.write("Chipped");
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(api.refunds).as("Ctrl+Enter with nothing chosen to refund").isEmpty();
        assertThat(refund.isShowing()).isTrue();
        robot.interact(() -> robot.lookup("#refundQty0").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("1");
        robot.interact(() -> robot.lookup("#refundNote").query().requestFocus());
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.refunds.size() == 1);
        assertThat(api.refunds.getFirst().note()).isEqualTo("Chipped");
    }

    @Test
    void enterOrADoubleClickOnAProductOpensAdjustStock(FxRobot robot) {
        signInToInventory(robot);
        assertThat(robot.lookup("#adjustButton").queryButton().getTooltip().getText())
                .isEqualTo("Change the selected product's stock (Enter or double-click on it)");

        robot.interact(() -> robot.lookup("#inventoryTable").query().requestFocus());
        robot.type(KeyCode.ENTER);
        Window byEnter = shown(robot, "#adjustDialog");
        assertThat(focusedId(robot)).as("focus starts in the change").isEqualTo("adjustDelta");
        robot.type(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> !byEnter.isShowing());

        TableView<?> table = robot.lookup("#inventoryTable").queryTableView();
        Clicks.twiceOn(robot, robot.from(table).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        Window byClick = shown(robot, "#adjustDialog");
        robot.type(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> !byClick.isShowing());
        assertThat(api.adjustments).isEmpty();
    }

    @Test
    void theImportStartsOnChooseClosesWithEscapeAndImportsOnEnterOnlyAfterAPreview(FxRobot robot) {
        signInToInventory(robot);
        api.importHook = (csv, dryRun) -> new ImportReportView(dryRun, new ImportReportView.Counts(1, 1, 0, 0), List.of(
                new ImportReportView.Row(2, "MUG-1", Status.UPDATED, null, 40L, 45L)));
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        executors.add(executor);

        ImportCountsViewModel first = new ImportCountsViewModel(api, executor, () -> { });
        Window dialog = openImport(robot, first);
        assertThat(focusedId(robot)).as("focus starts on choosing the file").isEqualTo("importChooseButton");
        robot.interact(() -> first.preview("sku,count\nMUG-1,45\n"));
        await().atMost(Duration.ofSeconds(10)).until(() -> first.rows().size() == 1 && !first.busyProperty().get());
        robot.type(KeyCode.ESCAPE);
        await().atMost(Duration.ofSeconds(10)).until(() -> !dialog.isShowing());
        assertThat(api.importDryRuns).as("Escape imports nothing").containsExactly(true);

        ImportCountsViewModel second = new ImportCountsViewModel(api, executor, () -> { });
        Window again = openImport(robot, second);
        robot.interact(() -> robot.lookup("#importRowsTable").query().requestFocus()); // (Enter on "Choose file…" opens the chooser)
        robot.type(KeyCode.ENTER); // no file yet: nothing to import
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(api.importDryRuns).containsExactly(true);
        robot.interact(() -> second.preview("sku,count\nMUG-1,45\n"));
        await().atMost(Duration.ofSeconds(10)).until(() -> second.rows().size() == 1 && !second.busyProperty().get());
        robot.interact(() -> robot.lookup("#importRowsTable").query().requestFocus());
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.importDryRuns.size() == 3);
        assertThat(api.importDryRuns).containsExactly(true, true, false);
        robot.interact(() -> ((Stage) again).close());
    }

    @Test
    void aRefundStartsInTheFirstQuantityClosesWithEscapeAndIsSentOnEnterOnlyWithSomethingToRefund(FxRobot robot) {
        robot.interact(() -> {
            desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home);
        });
        api.refundHook = request -> {
            throw new app.orderdesk.desktop.client.ApiException(503, app.orderdesk.api.ApiError.of("SERVICE_UNAVAILABLE", "try again"));
        };
        Instant at = Instant.parse("2026-11-28T15:42:00Z");
        OrderView order = new OrderView("o-1", "OD-000042", OrderStatus.COMPLETED, null, new CustomerDetails("ann@example.com", "Ann", null),
                List.of(new OrderLineView("p-mug", "MUG-1", "Blue mug", 2, 1250, 2500),
                        new OrderLineView("p-tea", "TEA-7", "Green tea", 1, 499, 499)),
                2999, "USD", "pay-1", true, at, at);

        Stage first = openRefund(robot, order);
        assertThat(focusedId(robot)).as("focus starts in the first line's quantity").isEqualTo("refundQty0");
        robot.type(KeyCode.ENTER); // nothing chosen to refund
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(api.refunds).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("1");
        robot.interact(() -> robot.lookup("#refundNote").query().requestFocus());
        robot.write("Chipped");
        robot.type(KeyCode.ESCAPE); // from the note
        await().atMost(Duration.ofSeconds(10)).until(() -> !first.isShowing());
        assertThat(api.refunds).as("Escape refunds nothing").isEmpty();

        Stage second = openRefund(robot, order);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("1");
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.refunds.size() == 1);
        robot.interact(second::close);
    }

    /** The fake pool answering after a moment, as Cognito does: while it works the form is disabled and loses the focus. */
    private app.orderdesk.desktop.auth.AuthService slowPool() {
        return new app.orderdesk.desktop.auth.AuthService() {
            @Override
            public app.orderdesk.desktop.auth.SignInOutcome signIn(String email, String password) {
                WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
                return auth.signIn(email, password);
            }

            @Override
            public app.orderdesk.desktop.auth.Session completeNewPassword(app.orderdesk.desktop.auth.SignInOutcome.NewPasswordRequired challenge,
                                                                        String newPassword) {
                return auth.completeNewPassword(challenge, newPassword);
            }

            @Override
            public app.orderdesk.desktop.auth.Session refresh(app.orderdesk.desktop.auth.Session session) {
                return auth.refresh(session);
            }
        };
    }

    private void signInToInventory(FxRobot robot) {
        robot.interact(() -> desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home));
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        FakeDesk.openTab(robot, "inventoryTab");
        TableView<?> table = robot.lookup("#inventoryTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
    }

    private static Window openAdjust(FxRobot robot) {
        robot.interact(() -> robot.lookup("#adjustButton").queryButton().fire());
        return shown(robot, "#adjustDialog");
    }

    private Window openImport(FxRobot robot, ImportCountsViewModel model) {
        robot.interact(() -> InventoryDialogs.showImport(model, stage));
        return shown(robot, "#importDialog");
    }

    private Stage openRefund(FxRobot robot, OrderView order) {
        AtomicReference<RefundDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(new RefundDialog(new RefundViewModel(api, new app.orderdesk.desktop.infra.SameThreadExecutor(), order), stage));
            dialog.get().show();
        });
        return (Stage) shown(robot, "#refundDialog");
    }

    /** The dialog's window once shown; the robot's keys go to it, as the keyboard's do. */
    private static Window shown(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Window window = robot.lookup(query).query().getScene().getWindow();
        robot.targetWindow(window);
        return window;
    }

    /** The focused control's id; a spinner's editor counts as its spinner. */
    private static String focusedId(FxRobot robot) {
        Node owner = app.orderdesk.desktop.Focus.owner(robot);
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n.getId();
            }
            if (n instanceof Spinner<?>) {
                break;
            }
        }
        return owner == null ? "" : String.valueOf(owner.getId());
    }
}
