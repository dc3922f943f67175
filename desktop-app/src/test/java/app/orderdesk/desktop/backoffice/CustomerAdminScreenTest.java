package app.orderdesk.desktop.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.Clicks;
import app.orderdesk.desktop.FxTestWindows;
import app.orderdesk.desktop.fakes.FakeBackOfficeApi;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Customers tab's manager buttons (session 20): Save as CSV… writes the file chosen, Erase customer… asks first
 * and a "no" keeps the customer; other roles have neither button.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerAdminScreenTest {

    @TempDir
    Path dir;

    private final FakeBackOfficeApi backOffice = new FakeBackOfficeApi();
    private final List<String> asked = new ArrayList<>();
    private boolean answer;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        FxTestWindows.closeAll(robot);
    }

    private void show(FxRobot robot, boolean manager) {
        CustomerLookupViewModel model = new CustomerLookupViewModel(backOffice, new SameThreadExecutor(), manager);
        robot.interact(() -> {
            CustomerLookupScreen screen = new CustomerLookupScreen(model, question -> {
                asked.add(question);
                return answer;
            }, window -> dir.resolve("customers.csv"));
            stage.setScene(new Scene(screen.root(), 1024, 640));
            stage.show();
        });
    }

    @Test
    void aManagerSavesTheDirectoryAndErasesACustomerOnlyAfterSayingYes(FxRobot robot) throws Exception {
        show(robot, true);
        Clicks.on(robot, "#customerExportButton");
        assertThat(Files.readString(dir.resolve("customers.csv"))).contains(FakeBackOfficeApi.ADA.email());

        Button erase = robot.lookup("#customerEraseButton").queryButton();
        assertThat(erase.isDisabled()).as("nobody chosen yet").isTrue();
        Clicks.on(robot, "#customerQuery").write(FakeBackOfficeApi.ADA.email()).type(javafx.scene.input.KeyCode.ENTER);
        assertThat(erase.isDisabled()).isFalse();

        answer = false;
        Clicks.on(robot, erase);
        assertThat(asked).singleElement().asString().startsWith("Erase Ada Lovelace <ada@example.test>?");
        assertThat(backOffice.erased).as("\"no\" keeps the customer").isEmpty();

        answer = true;
        Clicks.on(robot, erase);
        assertThat(backOffice.erased).containsExactly(FakeBackOfficeApi.ADA.customerId());
        assertThat(robot.lookup("#customerTable").queryTableView().getItems()).isEmpty();
        assertThat(erase.isDisabled()).as("nobody left to erase").isTrue();
    }

    @Test
    void otherRolesHaveNeitherButton(FxRobot robot) {
        show(robot, false);
        assertThat(robot.lookup("#customerExportButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#customerEraseButton").tryQuery()).isEmpty();
    }
}
