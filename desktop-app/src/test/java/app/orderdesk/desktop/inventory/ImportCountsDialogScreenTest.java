package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.api.ImportReportView;
import app.orderdesk.api.ImportReportView.Status;
import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The stock-count import no longer skips rows with errors silently: it lists them and asks first; a German desk
 * shows the rows' messages (which the API writes in English) in German, in the table and in the question (h-e).
 */
@ExtendWith(ApplicationExtension.class)
class ImportCountsDialogScreenTest {

    private final FakeApiClient api = new FakeApiClient();
    private FxBackgroundExecutor executor;
    private ImportCountsViewModel model;
    private final Locale before = Locale.getDefault();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxBackgroundExecutor();
    }

    /** The dialog as the desk in {@code locale} builds it, over an API that answers with {@code rows}. */
    private void open(FxRobot robot, Locale locale, List<ImportReportView.Row> rows) {
        Locale.setDefault(locale); // the dialog takes its words from the default locale when it is built
        ResourceBundle.clearCache();
        int errors = (int) rows.stream().filter(r -> r.status() == Status.ERROR).count();
        api.importHook = (csv, dryRun) -> new ImportReportView(dryRun, new ImportReportView.Counts(rows.size(), rows.size() - errors, 0, errors), rows);
        robot.interact(() -> {
            model = new ImportCountsViewModel(api, executor, () -> { });
            new ImportCountsDialog(model, null).show();
        });
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
        executor.close();
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void rowsWithErrorsAreListedAndNothingIsImportedWithoutConsent(FxRobot robot) {
        open(robot, Locale.US, List.of(
                new ImportReportView.Row(2, "MUG-1", Status.UPDATED, null, 40L, 45L),
                new ImportReportView.Row(3, "NO-SUCH", Status.ERROR, "unknown SKU", null, null)));
        robot.interact(() -> model.preview("sku,count\nMUG-1,45\nNO-SUCH,1\n"));
        await().atMost(Duration.ofSeconds(10)).until(() -> model.rows().size() == 2 && !model.busyProperty().get());

        Clicks.on(robot, "#importConfirmButton");
        DialogPane ask = robot.lookup("#importErrorsConfirm").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("1 row has an error and will be skipped");
        assertThat(ask.getContentText()).contains("Line 3 · NO-SUCH · unknown SKU");
        Clicks.on(robot, "Cancel");
        assertThat(api.importDryRuns).as("only the dry run so far").containsExactly(true);

        Clicks.on(robot, "#importConfirmButton");
        Clicks.on(robot, app.orderdesk.desktop.ui.Messages.text("import.errors.importRest", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.importDryRuns.size() == 2);
        assertThat(api.importDryRuns).containsExactly(true, false);
    }

    @Test
    void aGermanDeskShowsTheRowsMessagesInGermanInTheTableAndTheQuestion(FxRobot robot) {
        open(robot, Locale.GERMANY, List.of(
                new ImportReportView.Row(2, "MUG-1", Status.UPDATED, null, 40L, 45L),
                new ImportReportView.Row(3, "NO-SUCH", Status.ERROR, "unknown SKU", null, null),
                new ImportReportView.Row(4, "TEA-7", Status.ERROR, "count must be a whole number between 0 and 1000000000", null, null),
                new ImportReportView.Row(5, "MUG-1", Status.ERROR, "already listed on row 2; each product may appear once", null, null),
                new ImportReportView.Row(6, "CUP-3", Status.ERROR, "category is not one of the store's categories: books, food", null, null),
                new ImportReportView.Row(7, "BAG-9", Status.ERROR, "the warehouse is closed on Sundays", null, null)));
        robot.interact(() -> model.preview("sku,count\nMUG-1,45\n"));
        await().atMost(Duration.ofSeconds(10)).until(() -> model.rows().size() == 6 && !model.busyProperty().get());
        List<String> german = List.of("Unbekannte Art.-Nr.",
                "Die Anzahl muss eine ganze Zahl zwischen 0 und 1.000.000.000 sein",
                "Steht schon in Zeile 2; jedes Produkt darf nur einmal vorkommen",
                "Die Kategorie gehört nicht zu den Kategorien des Geschäfts: books, food",
                "the warehouse is closed on Sundays"); // no words for it: as the server wrote it

        TableView<?> table = robot.lookup("#importRowsTable").queryAs(TableView.class);
        java.util.Set<String> shown = new java.util.LinkedHashSet<>();
        for (int row = 0; row < model.rows().size(); row++) { // the rows the table shows now, scrolled to each in turn
            int index = row;
            robot.interact(() -> table.scrollTo(index));
            shown.addAll(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> table.lookupAll(".label").stream().filter(Labeled.class::isInstance)
                    .filter(javafx.scene.Node::isVisible).map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isBlank()).toList()));
        }
        System.out.println("German import table shows: " + shown);
        assertThat(shown).containsAll(german).doesNotContain("unknown SKU");

        Clicks.on(robot, "#importConfirmButton");
        DialogPane ask = robot.lookup("#importErrorsConfirm").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("5 Zeilen haben Fehler und werden übersprungen");
        assertThat(ask.getContentText()).isEqualTo(String.join("\n",
                "Zeile 3 · NO-SUCH · " + german.get(0),
                "Zeile 4 · TEA-7 · " + german.get(1),
                "Zeile 5 · MUG-1 · " + german.get(2),
                "Zeile 6 · CUP-3 · " + german.get(3),
                "Zeile 7 · BAG-9 · " + german.get(4)));
        Clicks.on(robot, ask.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        assertThat(api.importDryRuns).as("only the dry run").containsExactly(true);
    }
}
