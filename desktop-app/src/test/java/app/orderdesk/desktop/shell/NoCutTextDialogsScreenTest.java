package app.orderdesk.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.ImportReportView;
import app.orderdesk.api.ImportReportView.Status;
import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.Page;
import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.CutTexts;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.Pictures;
import app.orderdesk.desktop.OrderEntry;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.FakeBackOfficeApi;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.desktop.firstrun.FirstRunView;
import app.orderdesk.desktop.firstrun.FirstRunViewModel;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.inventory.AdjustReason;
import app.orderdesk.desktop.inventory.ImportCountsViewModel;
import app.orderdesk.desktop.inventory.InventoryDialogs;
import app.orderdesk.desktop.inventory.InventoryRow;
import app.orderdesk.desktop.refunds.RefundDialog;
import app.orderdesk.desktop.refunds.RefundViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
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
 * Issue 13, "no truncated text", for what {@link NoCutTextScreenTest} does not walk: the screens before the main window
 * (sign-in empty and after a wrong password, the forced new password with its rules and a rule not met, first run with
 * a connection error) at the window's default 1280×820 (first run: 900×780) and the smallest supported 1024×640; and
 * every dialog (adjust stock with a rule broken and with the server's error, the stock-count import with good and bad
 * rows and its confirmation, the product editor new and edit with a field error, a partial refund, the over-stock
 * question) over the main window at 1024×640, each at its default size and at the smallest size the dialog allows;
 * plus the card field after a declined payment; and the questions JavaFX's own dialogs ask (an order's cancel with its
 * reason field, the attention list's retry and cancel) over the main window at 1024×640 and at 1280×820. English and German. The same checks as the main screens
 * ({@link CutTexts#problems}: text cut with "…", prompts wider than their field), and in windows that do not scroll,
 * no control outside the window. Prints the count per screen; any problem fails. PNGs go to {@code target/no-cut/}.
 */
@ExtendWith(ApplicationExtension.class)
class NoCutTextDialogsScreenTest {

    private static final Path PICTURES = Path.of("target", "no-cut");

    @TempDir
    Path home;

    private final FakeAuthService auth = new FakeAuthService("manager@example.com", "Secret-123");
    private final FakeApiClient api = new FakeApiClient();
    private final FakeBackOfficeApi backOffice = new FakeBackOfficeApi();
    private final Map<String, List<String>> found = new LinkedHashMap<>();
    private final List<FxBackgroundExecutor> executors = new ArrayList<>();
    private final Pictures pictures = new Pictures();
    private FakeDesk desk;
    private Stage stage;
    private Locale before;
    private String language;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        pictures.finish();
        if (desk != null) {
            desk.close(robot);
        }
        executors.forEach(FxBackgroundExecutor::close);
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void englishScreensBeforeTheMainWindow(FxRobot robot) throws Exception {
        beforeTheMainWindow(robot, Locale.US);
    }

    @Test
    void germanScreensBeforeTheMainWindow(FxRobot robot) throws Exception {
        beforeTheMainWindow(robot, Locale.GERMANY);
    }

    @Test
    void englishDialogs(FxRobot robot) throws Exception {
        dialogs(robot, Locale.US);
    }

    @Test
    void germanDialogs(FxRobot robot) throws Exception {
        dialogs(robot, Locale.GERMANY);
    }

    private void language(Locale locale) throws IOException {
        before = Locale.getDefault();
        Locale.setDefault(locale); // the app takes its language from the default locale when its screens are built
        ResourceBundle.clearCache();
        language = locale.getLanguage();
        Files.createDirectories(PICTURES);
    }

    private void beforeTheMainWindow(FxRobot robot, Locale locale) throws Exception {
        language(locale);
        robot.interact(() -> desk = FakeDesk.open(stage, auth, api, FakeDesk.PROFILE, home));
        atBothSizes(robot, "sign-in");

        Clicks.on(robot, "#emailField").write("manager@example.com");
        Clicks.on(robot, "#passwordField").write("not-the-password");
        Clicks.on(robot, "#signInButton");
        Label error = robot.lookup("#signInError").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> error.isVisible() && !error.getText().isBlank());
        atBothSizes(robot, "sign-in-wrong-password");

        auth.temporaryPassword = true;
        robot.interact(() -> robot.lookup("#passwordField").queryAs(TextField.class).setText("Secret-123"));
        Clicks.on(robot, "#signInButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#newPasswordField").tryQuery().map(Node::isVisible).orElse(false));
        atBothSizes(robot, "new-password");
        Clicks.on(robot, "#newPasswordField").write("abc");
        Clicks.on(robot, "#confirmPasswordField").write("abd");
        Clicks.on(robot, "#setPasswordButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> error.isVisible() && !error.getText().isBlank());
        atBothSizes(robot, "new-password-rule-not-met");

        // First run: its own window (900×780 as the app opens it), here with the manual form's error shown.
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        executors.add(executor);
        AtomicReference<Stage> firstRun = new AtomicReference<>();
        AtomicReference<FirstRunViewModel> model = new AtomicReference<>();
        robot.interact(() -> {
            model.set(new FirstRunViewModel(new ProfileStore(home), executor, profile -> null, profile -> { }));
            Stage window = new Stage();
            window.setScene(new Scene(new FirstRunView(model.get()).root(), 900, 780));
            window.show();
            firstRun.set(window);
        });
        WaitForAsyncUtils.waitForFxEvents();
        windowAt(robot, "first-run", firstRun.get(), 900, 780, "default 900x780", false);
        windowAt(robot, "first-run", firstRun.get(), 1024, 640, "smallest 1024x640", false);
        robot.interact(() -> {
            model.get().apiUrlProperty().set("not a url");
            robot.lookup("#firstRunConnectButton").queryButton().fire();
        });
        Label firstRunError = robot.lookup("#firstRunError").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> !firstRunError.getText().isBlank());
        windowAt(robot, "first-run-error", firstRun.get(), 900, 780, "default 900x780", false);
        windowAt(robot, "first-run-error", firstRun.get(), 1024, 640, "smallest 1024x640", false);
        report();
    }

    private void dialogs(FxRobot robot, Locale locale) throws Exception {
        language(locale);
        data();
        robot.interact(() -> {
            desk = FakeDesk.open(stage, auth, api, backOffice, home);
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        desk.signInAs(robot, FakeDesk.Role.MANAGER);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        Window main = stage;

        // Adjust stock: a long product name; then a reason that does not fit the change; then the server's refusal.
        FakeDesk.openTab(robot, "inventoryTab");
        TableView<InventoryRow> inventory = robot.lookup("#inventoryTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> inventory.getItems().size() == 4);
        robot.interact(() -> inventory.getSelectionModel().select(inventory.getItems().stream()
                .filter(r -> r.item().productId().equals(NoCutTextScreenTest.GRINDER.productId())).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#adjustButton").queryButton().fire());
        Stage adjust = window(robot, "#adjustDialog");
        dialogAtBothSizes(robot, "adjust", adjust);
        @SuppressWarnings("unchecked")
        Spinner<Integer> delta = robot.lookup("#adjustDelta").queryAs(Spinner.class);
        @SuppressWarnings("unchecked")
        ComboBox<AdjustReason> reason = robot.lookup("#adjustReason").queryAs(ComboBox.class);
        robot.interact(() -> {
            delta.getValueFactory().setValue(25);
            reason.setValue(AdjustReason.DAMAGED);
        });
        dialogAtBothSizes(robot, "adjust-rule-broken", adjust);
        api.adjustHook = request -> {
            throw new ApiException(409, new ApiError("CONFLICT",
                    "The stock changed while you were adjusting it: reload and check the count before trying again", List.of()));
        };
        robot.interact(() -> {
            delta.getValueFactory().setValue(-2);
            robot.lookup("#adjustApplyButton").queryButton().fire();
        });
        Label adjustError = robot.lookup("#adjustError").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> !adjustError.getText().isBlank());
        dialogAtBothSizes(robot, "adjust-error", adjust);
        robot.interact(adjust::close);

        // Product editor: new, then with the name missing; edit, then with a bad price.
        robot.interact(() -> robot.lookup("#newProductButton").queryButton().fire());
        Stage product = window(robot, "#productDialog");
        dialogAtBothSizes(robot, "product-new", product);
        robot.interact(() -> {
            robot.lookup("#productSku").queryAs(TextField.class).setText("NEW-1");
            robot.lookup("#productSaveButton").queryButton().fire();
        });
        dialogAtBothSizes(robot, "product-new-field-error", product);
        robot.interact(product::close);
        robot.interact(() -> robot.lookup("#editProductButton").queryButton().fire());
        Stage edit = window(robot, "#productDialog");
        dialogAtBothSizes(robot, "product-edit", edit);
        robot.interact(() -> {
            robot.lookup("#productPrice").queryAs(TextField.class).setText("zwölf");
            robot.lookup("#productSaveButton").queryButton().fire();
        });
        dialogAtBothSizes(robot, "product-edit-field-error", edit);
        robot.interact(edit::close);

        // The stock-count import: a file with good and bad rows loaded, then the question before skipping the bad ones.
        api.importHook = (csv, dryRun) -> new ImportReportView(dryRun, new ImportReportView.Counts(4, 2, 0, 2), List.of(
                new ImportReportView.Row(2, "MUG-1", Status.UPDATED, null, 40L, 45L),
                new ImportReportView.Row(3, "GRIND-2000", Status.UPDATED, null, 12L, 1200L),
                new ImportReportView.Row(4, "TEA-DARJ-250-ORGANIC-FIRST-FLUSH", Status.ERROR,
                        "unknown SKU: no product has this SKU in the inventory", null, null),
                new ImportReportView.Row(5, "TEA-7", Status.ERROR, "count must be a whole number between 0 and 1,000,000,000", null, null)));
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        executors.add(executor);
        ImportCountsViewModel importModel = new ImportCountsViewModel(api, executor, () -> { });
        robot.interact(() -> InventoryDialogs.showImport(importModel, main));
        Stage importWindow = window(robot, "#importDialog");
        dialogAtBothSizes(robot, "import-empty", importWindow);
        robot.interact(() -> importModel.preview("sku,count\nMUG-1,45\nGRIND-2000,1200\nTEA-DARJ-250-ORGANIC-FIRST-FLUSH,3\nTEA-7,x\n"));
        await().atMost(Duration.ofSeconds(10)).until(() -> importModel.rows().size() == 4 && !importModel.busyProperty().get());
        dialogAtBothSizes(robot, "import-good-and-bad-rows", importWindow);
        Clicks.on(robot, "#importConfirmButton");
        Stage confirm = window(robot, "#importErrorsConfirm");
        dialogAtBothSizes(robot, "import-confirmation", confirm);
        robot.interact(confirm::close);
        robot.interact(importWindow::close);

        // A partial refund of an order with long product names.
        Instant at = Instant.parse("2026-11-28T15:42:00Z");
        OrderView order = new OrderView("o-1", "OD-000042", OrderStatus.COMPLETED, null,
                new CustomerDetails("anna.schmidt-leutheusser@example.com", "Anna Schmidt-Leutheusser", null),
                List.of(new OrderLineView("p-grinder", "GRIND-2000", NoCutTextScreenTest.GRINDER.name(), 1, 124900, 124900),
                        new OrderLineView("p-darj", "TEA-DARJ-250", NoCutTextScreenTest.DARJEELING.name(), 3, 1899, 5697),
                        new OrderLineView("p-mug", "MUG-1", "Blue mug", 2, 1250, 2500)),
                133097, "USD", "pay-1", true, at, at);
        AtomicReference<RefundDialog> refund = new AtomicReference<>();
        robot.interact(() -> {
            RefundViewModel model = new RefundViewModel(api, new SameThreadExecutor(), order);
            model.rows().get(1).quantityProperty().set(2);
            refund.set(new RefundDialog(model, main));
            refund.get().show();
        });
        dialogAtBothSizes(robot, "refund-partial", refund.get().stage());
        robot.interact(() -> refund.get().stage().close());

        // Place order: more than is in stock asks first (an Alert); then a card that is declined.
        FakeDesk.openTab(robot, "placeOrderTab");
        OrderEntry.addLine(robot, NoCutTextScreenTest.DARJEELING, 5);
        // At 1024×640 the customer fields lie below the form's visible part: filled as typing would.
        robot.interact(() -> {
            robot.lookup("#customerEmail").queryAs(TextField.class).setText("anna.schmidt-leutheusser@example.com");
            robot.lookup("#customerName").queryAs(TextField.class).setText("Anna Schmidt-Leutheusser");
        });
        robot.interact(() -> robot.lookup("#paymentChoice").queryComboBox().getSelectionModel().selectLast());
        robot.interact(() -> robot.lookup("#cardNumber").query().requestFocus());
        robot.write("4000000000009995");
        robot.write("1234");
        robot.write("123");
        await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup("#cardSummary").queryAs(Label.class).getText().isBlank()
                && robot.lookup("#cardNumber").queryAs(TextField.class).getText().isEmpty());
        javafx.application.Platform.runLater(() -> robot.lookup("#submitOrderButton").queryButton().fire()); // it asks with showAndWait
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Stage overStock = window(robot, ".dialog-pane");
        dialogAtBothSizes(robot, "over-stock-question", overStock);
        robot.interact(() -> ((DialogPane) overStock.getScene().getRoot()).lookupButton(javafx.scene.control.ButtonType.OK)
                .fireEvent(new javafx.event.ActionEvent()));
        Label statusReason = robot.lookup("#orderStatusReason").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> statusReason.isVisible() && !statusReason.getText().isBlank());
        windowAt(robot, "card-declined", stage, 1024, 640, "main 1024x640", true);

        // The questions asked with JavaFX's own dialogs over the main window, at the smallest and the default size.
        for (int[] size : new int[][] {{1024, 640}, {1280, 820}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            String over = "-over-" + size[0] + "x" + size[1];
            cancelOrderQuestion(robot, over);
            attentionQuestions(robot, over);
        }
        report();
    }

    /** A manager's cancel of an order not yet paid asks for a reason first (a TextInputDialog); answered Cancel. */
    private void cancelOrderQuestion(FxRobot robot, String over) throws IOException {
        api.statuses.clear();
        api.statuses.add(OrderStatus.RECEIVED);
        api.orderPages.put("", new Page<>(List.of(new OrderSummaryView("o-9", "OD-000099", OrderStatus.RECEIVED,
                "anna.schmidt-leutheusser@example.com", "Anna Schmidt-Leutheusser", 124900, "USD",
                Instant.parse("2026-11-28T15:42:00Z"))), null));
        FakeDesk.openOrder(robot, 1, 0);
        javafx.scene.control.Button cancel = robot.lookup("#cancelOrderButton").queryButton();
        await().atMost(Duration.ofSeconds(10)).until(() -> !cancel.isDisabled());
        question(robot, "cancel-order-question" + over, cancel);
        assertThat(api.cancelled).as("the question was answered Cancel").isEmpty();
    }

    /** The attention list's two questions (retry a failed order, cancel one), each answered Cancel. */
    private void attentionQuestions(FxRobot robot, String over) throws IOException {
        FakeDesk.openTab(robot, "attentionTab");
        TableView<app.orderdesk.api.AttentionItemView> table = robot.lookup("#attentionTable").queryTableView();
        await().atMost(Duration.ofSeconds(10)).until(() -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(FakeBackOfficeApi.FAILED));
        question(robot, "attention-retry-question" + over, robot.lookup("#attentionRetryButton").queryButton());
        robot.interact(() -> table.getSelectionModel().select(FakeBackOfficeApi.FAILED)); // held: the one Cancel is for
        question(robot, "attention-cancel-question" + over, robot.lookup("#attentionCancelButton").queryButton());
        assertThat(backOffice.redriven).as("the questions were answered Cancel").isEmpty();
        assertThat(api.cancelled).isEmpty();
    }

    /** Presses {@code button}, whose question is a JavaFX dialog shown with showAndWait; checks it; answers Cancel. */
    private void question(FxRobot robot, String screen, javafx.scene.control.Button button) throws IOException {
        javafx.application.Platform.runLater(button::fire); // showAndWait would block an interact
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Stage dialog = window(robot, ".dialog-pane");
        dialogAtBothSizes(robot, screen, dialog);
        robot.interact(() -> ((DialogPane) dialog.getScene().getRoot()).lookupButton(javafx.scene.control.ButtonType.CANCEL)
                .fireEvent(new javafx.event.ActionEvent()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !dialog.isShowing());
    }

    private void data() {
        api.inventoryPages.put("", new Page<>(List.of(FakeApiClient.MUG, FakeApiClient.TEA, NoCutTextScreenTest.GRINDER,
                NoCutTextScreenTest.DARJEELING), null));
        api.statuses.add(OrderStatus.PAYMENT_DECLINED);
        api.orderNumber = "OD-000043";
        api.statusReason = "Payment declined: insufficient funds";
        api.statusReasonCode = "PAYMENT_DECLINED_INSUFFICIENT_FUNDS";
    }

    /** The window whose scene holds {@code query}, once it is showing. */
    private static Stage window(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return (Stage) robot.lookup(query).query().getScene().getWindow();
    }

    /** The main window (sign-in, new password) at its default 1280×820 and at the smallest supported 1024×640. */
    private void atBothSizes(FxRobot robot, String screen) throws IOException {
        windowAt(robot, screen, stage, 1280, 820, "default 1280x820", false);
        windowAt(robot, screen, stage, 1024, 640, "smallest 1024x640", false);
    }

    /**
     * A dialog at the size it has (its default, or what it grew to for an error) and at the smallest size it allows
     * (its minimum width and height; one that sets none can be shrunk by anyone: then checked at two thirds of its size);
     * put back afterwards.
     */
    private void dialogAtBothSizes(FxRobot robot, String screen, Stage dialog) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        double width = dialog.getWidth();
        double height = dialog.getHeight();
        windowAt(robot, screen, dialog, width, height, "default", false);
        if (dialog.isResizable()) {
            boolean hasMinimum = dialog.getMinWidth() > 0 && dialog.getMinHeight() > 0;
            double smallestWidth = hasMinimum ? dialog.getMinWidth() : Math.round(width * 2 / 3);
            double smallestHeight = hasMinimum ? dialog.getMinHeight() : Math.round(height * 2 / 3);
            windowAt(robot, screen, dialog, smallestWidth, smallestHeight, hasMinimum ? "smallest" : "no minimum, 2/3", false);
            robot.interact(() -> {
                dialog.setWidth(width);
                dialog.setHeight(height);
            });
        }
    }

    /** Lists what is cut in {@code window} at {@code width}×{@code height} and saves its picture. */
    private void windowAt(FxRobot robot, String screen, Stage window, double width, double height, String size, boolean scrolls)
            throws IOException {
        robot.interact(() -> {
            window.setWidth(width);
            window.setHeight(height);
        });
        FxTestWindows.waitForPulses(window.getScene(), 3); // table cells are laid out a pulse later
        String name = screen + " " + size + " (" + Math.round(window.getScene().getWidth()) + "x"
                + Math.round(window.getScene().getHeight()) + ")";
        WritableImage[] image = new WritableImage[1];
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Parent root = window.getScene().getRoot();
            root.applyCss();
            root.layout();
            image[0] = window.getScene().snapshot(null);
            problems.addAll(CutTexts.problems(screen, root));
            if (!scrolls) {
                problems.addAll(CutTexts.outsideWindow(screen, root));
            }
        });
        found.put(name, problems);
        pictures.save(image[0], PICTURES.resolve(screen + "-" + language + "-" + size.replaceAll("[^A-Za-z0-9]+", "-") + ".png"));
    }

    private void report() {
        int total = found.values().stream().mapToInt(List::size).sum();
        System.out.println("no-cut " + language + " (dialogs and screens before the main window): " + total + " problems");
        found.forEach((screen, problems) -> {
            System.out.println("  " + screen + ": " + problems.size());
            problems.forEach(p -> System.out.println("      " + p));
        });
        assertThat(found.values().stream().flatMap(List::stream).toList()).as("texts cut or not fitting (" + language + ")").isEmpty();
    }
}
