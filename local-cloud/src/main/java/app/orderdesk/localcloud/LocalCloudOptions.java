package app.orderdesk.localcloud;

import app.orderdesk.localcloud.deploy.SamTemplate;
import app.orderdesk.localcloud.emulators.EmulatorPorts;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to run the local cloud: ports (0 = a free one), where emulator data lives and whether it is
 * thrown away on close, and where the connection profile is written.
 *
 * @param dataDir       null = the checkout's {@code local-cloud/.data/}
 * @param profileDir    the folder that receives {@code profiles/local.json}
 * @param template      null = the checkout's {@code infra/template.yaml}; tests pass a changed copy
 */
public record LocalCloudOptions(
        int apiPort,
        int stepFunctionsPort,
        EmulatorPorts emulatorPorts,
        Path dataDir,
        boolean deleteDataOnClose,
        Path profileDir,
        SamTemplate template) {

    public static final int DEFAULT_API_PORT = 8780;
    public static final int DEFAULT_STEP_FUNCTIONS_PORT = 8781;
    /** DynamoDB 8782, S3 8783, Cognito 8784, SES 8785, SNS and SQS 8786. */
    public static final EmulatorPorts DEFAULT_EMULATOR_PORTS = new EmulatorPorts(8782, 8783, 8784, 8785, 8786);
    /**
     * How many ports a cloud on fixed ports takes from its base: the API, Step Functions, five emulators, the WebSocket
     * API (BASE+7) and its {@code @connections} endpoint (BASE+8). {@code ./desk start} checks them all before starting.
     */
    public static final int PORTS_FROM_BASE = 9;

    /**
     * For people: fixed ports, data kept under {@code local-cloud/.data/}, profile in {@code ~/.orderdesk}.
     * The system property {@code orderdesk.local.ports=BASE} moves the fixed ports to BASE (API),
     * BASE+1 (Step Functions), BASE+2..BASE+6 (emulators) and BASE+7, BASE+8 (the WebSocket API and its
     * {@code @connections} endpoint), and {@code orderdesk.local.data} the data
     * folder, so a second copy can run beside the first.
     */
    public static LocalCloudOptions defaults() {
        int base = portBase();
        Path home = configuredHome().orElse(Path.of(System.getProperty("user.home"), ".orderdesk"));
        String data = System.getProperty("orderdesk.local.data");
        Path dataDir = data == null || data.isBlank() ? null : Path.of(data);
        if (base == DEFAULT_API_PORT) {
            return new LocalCloudOptions(DEFAULT_API_PORT, DEFAULT_STEP_FUNCTIONS_PORT, DEFAULT_EMULATOR_PORTS, dataDir, false, home, null);
        }
        return new LocalCloudOptions(base, base + 1, new EmulatorPorts(base + 2, base + 3, base + 4, base + 5, base + 6),
                dataDir, false, home, null);
    }

    static int portBase() {
        String base = System.getProperty("orderdesk.local.ports");
        if (base == null || base.isBlank()) {
            return DEFAULT_API_PORT;
        }
        try {
            int port = Integer.parseInt(base.trim());
            if (port >= 1024 && port <= 65_535 - (PORTS_FROM_BASE - 1)) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException("orderdesk.local.ports must be a port between 1024 and " + (65_535 - (PORTS_FROM_BASE - 1)) + ", not '" + base + "'");
    }

    /** The environment variable with the template's parameter overrides, as {@code sam deploy --parameter-overrides} takes them. */
    public static final String PARAMETER_OVERRIDES_VARIABLE = "ORDERDESK_PARAMETER_OVERRIDES";

    /**
     * {@code Name=Value Name=Value} (spaces between, as {@code sam deploy --parameter-overrides}), e.g.
     * {@code StoreTimeZone=Europe/Berlin}: blank or null is none. A word without {@code =}, an empty name or value, or a
     * name given twice fails before anything starts.
     */
    public static Map<String, String> parameterOverrides(String text) {
        Map<String, String> overrides = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return overrides;
        }
        for (String word : text.strip().split("\\s+")) {
            int equals = word.indexOf('=');
            if (equals <= 0 || equals == word.length() - 1) {
                throw new IllegalArgumentException(PARAMETER_OVERRIDES_VARIABLE + " takes Name=Value words, e.g. StoreTimeZone=Europe/Berlin, not '"
                        + word + "'");
            }
            if (overrides.put(word.substring(0, equals), word.substring(equals + 1)) != null) {
                throw new IllegalArgumentException(PARAMETER_OVERRIDES_VARIABLE + " gives " + word.substring(0, equals) + " twice");
            }
        }
        return overrides;
    }

    /**
     * For tests: free ports, a temporary data folder deleted on close, and the profile in a temporary
     * folder too unless the system property {@code orderdesk.home} names one.
     */
    public static LocalCloudOptions ephemeral() {
        return new LocalCloudOptions(0, 0, null, null, true, configuredHome().orElse(null), null);
    }

    /** The WebSocket API's port: BASE+7, or 0 (a free one) when the API's is. */
    public int pushApiPort() {
        return apiPort == 0 ? 0 : apiPort + 7;
    }

    /** The {@code @connections} management endpoint's port: BASE+8, or 0 (a free one) when the API's is. */
    public int connectionsPort() {
        return apiPort == 0 ? 0 : apiPort + 8;
    }

    public LocalCloudOptions withDataDir(Path dir) {
        return new LocalCloudOptions(apiPort, stepFunctionsPort, emulatorPorts, dir, deleteDataOnClose, profileDir, template);
    }

    public LocalCloudOptions withProfileDir(Path dir) {
        return new LocalCloudOptions(apiPort, stepFunctionsPort, emulatorPorts, dataDir, deleteDataOnClose, dir, template);
    }

    /** Deploys {@code changed} (e.g. a copy of the template with one grant removed) instead of the checkout's. */
    public LocalCloudOptions withTemplate(SamTemplate changed) {
        return new LocalCloudOptions(apiPort, stepFunctionsPort, emulatorPorts, dataDir, deleteDataOnClose, profileDir, changed);
    }

    private static java.util.Optional<Path> configuredHome() {
        String home = System.getProperty("orderdesk.home");
        return home == null || home.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(home));
    }
}
