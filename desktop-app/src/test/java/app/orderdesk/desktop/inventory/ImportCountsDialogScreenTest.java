package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ImportReportView;
import app.orderdesk.api.ImportReportView.Status;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The stock-count import no longer skips rows with errors silently: it lists them and asks first. */
@ExtendWith(ApplicationExtension.class)
class ImportCountsDialogScreenTest {

    private final FakeApiClient api = new FakeApiClient();
    private FxBackgroundExecutor executor;
    private ImportCountsViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxBackgroundExecutor();
        api.importHook = (csv, dryRun) -> new ImportReportView(dryRun, new ImportReportView.Counts(2, 1, 0, 1), List.of(
                new ImportReportView.Row(2, "MUG-1", Status.UPDATED, null, 40L, 45L),
                new ImportReportView.Row(3, "NO-SUCH", Status.ERROR, "unknown SKU", null, null)));
        model = new ImportCountsViewModel(api, executor, () -> { });
        new ImportCountsDialog(model, null).show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        executor.close();
    }

    @Test
    void rowsWithErrorsAreListedAndNothingIsImportedWithoutConsent(FxRobot robot) {
        robot.interact(() -> model.preview("sku,count\nMUG-1,45\nNO-SUCH,1\n"));
        await().atMost(Duration.ofSeconds(10)).until(() -> model.rows().size() == 2 && !model.busyProperty().get());

        robot.clickOn("#importConfirmButton");
        DialogPane ask = robot.lookup("#importErrorsConfirm").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("1 row has an error and will be skipped");
        assertThat(ask.getContentText()).contains("Line 3 · NO-SUCH · unknown SKU");
        robot.clickOn("Cancel");
        assertThat(api.importDryRuns).as("only the dry run so far").containsExactly(true);

        robot.clickOn("#importConfirmButton");
        robot.clickOn(app.orderdesk.desktop.ui.Messages.text("import.errors.importRest", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.importDryRuns.size() == 2);
        assertThat(api.importDryRuns).containsExactly(true, false);
    }
}
