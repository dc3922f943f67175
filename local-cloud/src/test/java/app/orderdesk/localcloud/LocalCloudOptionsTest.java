package app.orderdesk.localcloud;

import app.orderdesk.localcloud.emulators.EmulatorPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `./desk start` beside another copy: ORDERDESK_LOCAL_PORTS / ORDERDESK_LOCAL_DATA reach the options as system properties. */
class LocalCloudOptionsTest {

    @AfterEach
    void clear() {
        System.clearProperty("orderdesk.local.ports");
        System.clearProperty("orderdesk.local.data");
    }

    @Test
    void withoutThePropertiesThePortsAreTheFixedOnesAndTheDataTheCheckouts() {
        LocalCloudOptions options = LocalCloudOptions.defaults();

        assertThat(options.apiPort()).isEqualTo(8780);
        assertThat(options.stepFunctionsPort()).isEqualTo(8781);
        assertThat(options.emulatorPorts()).isEqualTo(LocalCloudOptions.DEFAULT_EMULATOR_PORTS);
        assertThat(options.dataDir()).isNull();
    }

    @Test
    void aPortBaseMovesEverySeriesOfPortsAndADataFolderMovesTheData() {
        System.setProperty("orderdesk.local.ports", "24000");
        System.setProperty("orderdesk.local.data", "/tmp/orderdesk-second-copy");

        LocalCloudOptions options = LocalCloudOptions.defaults();

        assertThat(options.apiPort()).isEqualTo(24000);
        assertThat(options.stepFunctionsPort()).isEqualTo(24001);
        assertThat(options.emulatorPorts()).isEqualTo(new EmulatorPorts(24002, 24003, 24004, 24005, 24006));
        assertThat(options.pushApiPort()).isEqualTo(24007);
        assertThat(options.connectionsPort()).as("the last of the %d", LocalCloudOptions.PORTS_FROM_BASE)
                .isEqualTo(24000 + LocalCloudOptions.PORTS_FROM_BASE - 1);
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/orderdesk-second-copy"));
        assertThat(options.deleteDataOnClose()).isFalse();
    }

    @Test
    void theDeskScriptChecksEveryPortACloudOnFixedPortsTakes() throws Exception {
        String desk = java.nio.file.Files.readString(Path.of("..", "desk"));
        java.util.regex.Matcher checked = java.util.regex.Pattern
                .compile("for port in \\$\\(seq \"\\$base\" \\$\\(\\(base \\+ (\\d+)\\)\\)\\)").matcher(desk);

        assertThat(checked.find()).as("ports_free's loop in ./desk").isTrue();
        assertThat(Integer.parseInt(checked.group(1))).as("the last port ./desk start checks, from the base")
                .isEqualTo(LocalCloudOptions.PORTS_FROM_BASE - 1);
    }

    @Test
    void aBaseWhoseLastPortIsNotAPortIsRefused() {
        System.setProperty("orderdesk.local.ports", "65528");

        assertThatThrownBy(LocalCloudOptions::defaults).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1024 and 65527");
    }

    @Test
    void aBasePortThatIsNotAPortIsRefusedByName() {
        System.setProperty("orderdesk.local.ports", "80");

        assertThatThrownBy(LocalCloudOptions::defaults).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orderdesk.local.ports");
    }

    @Test
    void thePreloadBeginsAtOnceUnlessADelayIsGivenInMilliseconds() {
        assertThat(LocalCloud.preloadDelay(null)).isZero();
        assertThat(LocalCloud.preloadDelay("")).isZero();
        assertThat(LocalCloud.preloadDelay(" 2000 ")).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> LocalCloud.preloadDelay("2s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orderdesk.local.preloadDelayMs").hasMessageContaining("'2s'");
    }
}
