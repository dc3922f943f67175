package app.orderdesk.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.localcloud.DemoUser;
import app.orderdesk.localcloud.LocalCloud;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the built .deb as a store would, runs the installed launcher under Xvfb against the local
 * cloud, signs in as staff, quits, removes the package and checks it left nothing behind. Runs as
 * root (CI does) with -Pinstaller; needs dpkg, Xvfb and xdotool (docs/installer.md).
 */
class InstalledDebIT {

    private static final String PACKAGE = "orderdesk";
    private static final Path LAUNCHER = Path.of("/opt/orderdesk/bin/OrderDesk");
    private static final Duration WINDOW_WAIT = Duration.ofSeconds(90);

    @TempDir
    Path home;

    private Process xvfb;
    private Process app;
    private boolean installed;

    @BeforeEach
    void refuseToClobberAnInstalledOrderDesk() {
        assertThat(Commands.run("id", "-u").output().strip())
                .as("this test installs a package with dpkg: run it as root (CI does)").isEqualTo("0");
        assertThat(Commands.run("dpkg", "-s", PACKAGE).exitCode())
                .as("Order Desk is already installed on this machine; remove it first (dpkg -r orderdesk)").isNotZero();
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process process : new Process[] {app, xvfb}) {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
        if (installed) {
            Commands.run("dpkg", "-r", PACKAGE);
        }
        if (Commands.run("dpkg-query", "-W", PACKAGE).exitCode() == 0) {
            Commands.run("dpkg", "--purge", PACKAGE); // forget the package record dpkg -r keeps
        }
    }

    @Test
    void installsRunsSignsInQuitsAndUninstallsCleanly() throws Exception {
        Path deb = theDeb();
        System.out.printf("installer: %s is %.1f MB%n", deb.getFileName(), Files.size(deb) / 1e6);
        List<Path> packaged = packagedPaths(deb);
        assertThat(packaged).contains(LAUNCHER, Path.of("/usr/share/applications/orderdesk.desktop"),
                Path.of("/opt/orderdesk/lib/app/orderdesk.aot"));
        Set<Path> existedBefore = packaged.stream().filter(Files::exists).collect(Collectors.toCollection(TreeSet::new));

        LocalCloud cloud = LocalCloud.shared();
        Path orderdeskHome = home.resolve(".orderdesk");
        new ProfileStore(orderdeskHome).save(cloud.profile());

        Commands.run("dpkg", "-i", deb.toString()).orFail("dpkg -i");
        installed = true;
        List<Path> listed = Commands.run("dpkg", "-L", PACKAGE).orFail("dpkg -L").output().lines()
                .filter(line -> line.startsWith("/")).map(line -> Path.of(line).normalize()).toList();
        assertThat(listed).contains(LAUNCHER);
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
        // A store's money and dates in its own language need the JDK's locale data, a service jdeps does not see: without
        // it a German store's 12,50 € showed as "€ 12.50" (session 31). German's formats stand for all of them.
        String runtimeClasses = Commands.run(Path.of(System.getProperty("java.home"), "bin", "jimage").toString(), "list",
                "/opt/orderdesk/lib/runtime/lib/modules").orFail("jimage list of the installed runtime").output();
        assertThat(runtimeClasses).as("the installed runtime's classes").contains("sun/text/resources/cldr/ext/FormatData_de.class");

        String display = startXvfb();
        // Java takes user.home from the passwd entry, not $HOME: ORDERDESK_HOME points the app at this test's profile.
        Map<String, String> env = Map.of("DISPLAY", display, "HOME", home.toString(), "ORDERDESK_HOME", orderdeskHome.toString());
        Path log = home.resolve("app.log");
        ProcessBuilder launch = new ProcessBuilder(LAUNCHER.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        launch.environment().putAll(env);
        // ADR 0062: which classes this run took from the shipped AOT cache, in a file of its own (not the app's output)
        Path classLog = home.resolve("classes.txt");
        launch.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog);
        app = launch.start();

        String window = await("the sign-in window").atMost(WINDOW_WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> visibleWindow(env, "^Order Desk$"), id -> !id.isEmpty() || !app.isAlive());
        assertThat(app.isAlive()).as("the app is running; its output:\n%s", readQuietly(log)).isTrue();
        Path screenshot = Path.of(System.getProperty("installer.screenshot", home.resolve("sign-in.png").toString()));
        // Mapped is not painted yet: wait until the screen shows the form (many colours, not a blank window).
        await("the sign-in window painted").atMost(WINDOW_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> screenshot(display, screenshot) > 30);
        System.out.println("installer: screenshot of the installed app's sign-in window: " + screenshot);

        DemoUser staff = cloud.demoUser("staff");
        xdotool(env, "windowfocus", "--sync", window);
        xdotool(env, "type", "--delay", "15", staff.username());
        xdotool(env, "key", "Tab");
        xdotool(env, "type", "--delay", "15", staff.password());
        xdotool(env, "key", "Return");
        // The title names who is signed in once the main window replaced the sign-in form.
        await("signed in as staff").atMost(WINDOW_WAIT).pollInterval(Duration.ofMillis(250))
                .until(() -> !visibleWindow(env, "^Order Desk .+" + staff.username().substring(0, 3)).isEmpty() || !app.isAlive());
        assertThat(app.isAlive()).as("the app is running; its output:\n%s", readQuietly(log)).isTrue();

        xdotool(env, "key", "--window", window, "ctrl+q");
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app quits on Ctrl+Q").isTrue();
        assertThat(app.exitValue()).as("exit code; output:\n%s", readQuietly(log)).isZero();
        assertThat(readQuietly(log)).doesNotContain("Exception").doesNotContain(staff.password());
        // The package's AOT training run goes through a sign-in (ADR 0062): what this person's sign-in loaded came from
        // the cache — the pool's request, the main window — not only what start-up loads.
        List<String> loaded = Files.readAllLines(classLog);
        long fromCache = loaded.stream().filter(line -> line.contains("source: shared objects file")).count();
        System.out.printf("installer: the installed app's sign-in run loaded %d classes, %d of them from the AOT cache%n",
                loaded.size(), fromCache);
        for (String signInClass : List.of("app.orderdesk.desktop.shell.MainView",
                "software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest")) {
            assertThat(loaded).as("%s loaded from the AOT cache", signInClass)
                    .anyMatch(line -> line.contains(" " + signInClass + " source: shared objects file"));
        }

        // The shipped AOT cache is the one the installed launcher uses: -XX:AOTMode=on refuses to start otherwise.
        Map<String, String> aotOn = new java.util.HashMap<>(env);
        aotOn.put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on");
        String startup = Commands.run(List.of(LAUNCHER.toString(), "--exit-when-shown"), aotOn)
                .orFail("the installed app with -XX:AOTMode=on").output().lines()
                .filter(line -> line.startsWith("orderdesk-startup:")).findFirst().orElse("");
        assertThat(startup).as("start-up line of the installed app").isNotEmpty();
        System.out.println("installer: installed app, AOT cache on: " + startup);

        Commands.run("dpkg", "-r", PACKAGE).orFail("dpkg -r");
        installed = false;
        List<Path> leftBehind = new ArrayList<>();
        for (Path path : listed) {
            if (Files.exists(path) && !existedBefore.contains(path)) {
                leftBehind.add(path);
            }
        }
        assertThat(leftBehind).as("files and folders of the package left after dpkg -r").isEmpty();
        // With a postrm script dpkg keeps the package's record ("config-files") until a purge; no files.
        assertThat(Commands.run("dpkg-query", "-W", "-f=${Status}", PACKAGE).output()).doesNotContain("ok installed");
        // User data is not the package's: the connection profile stays, by design.
        assertThat(orderdeskHome.resolve("profiles/local.json")).exists();
    }

    private static Path theDeb() throws IOException {
        Path dir = Path.of(System.getProperty("installer.deb.dir", "target/jpackage/deb"));
        try (var files = Files.list(dir)) {
            List<Path> debs = files.filter(f -> f.toString().endsWith(".deb")).toList();
            assertThat(debs).as(".deb files in %s", dir).hasSize(1);
            return debs.getFirst();
        }
    }

    /** Every path the package holds, from the archive itself (so the list exists before installing). */
    private static List<Path> packagedPaths(Path deb) {
        return Commands.run("dpkg-deb", "-c", deb.toString()).orFail("dpkg-deb -c").output().lines()
                .map(line -> line.substring(line.indexOf("./") + 1))
                .map(name -> name.contains(" -> ") ? name.substring(0, name.indexOf(" -> ")) : name)
                .map(name -> name.endsWith("/") && name.length() > 1 ? name.substring(0, name.length() - 1) : name)
                .map(name -> Path.of(name).normalize()).toList();
    }

    private String startXvfb() throws IOException {
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        assertThat(number).as("Xvfb printed its display number (is the xvfb package installed?)").isNotBlank();
        return ":" + number.strip();
    }

    private static String visibleWindow(Map<String, String> env, String titleRegex) {
        Commands.Result result = Commands.run(List.of("xdotool", "search", "--onlyvisible", "--name", titleRegex), env);
        return result.exitCode() == 0 ? result.output().lines().findFirst().orElse("").strip() : "";
    }

    private static void xdotool(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(Arrays.asList(args));
        Commands.run(command, env).orFail("xdotool " + args[0]);
    }

    /** Grabs the screen in a separate JVM (AWT on the Xvfb display); returns the number of colours. */
    private static int screenshot(String display, Path png) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classes = new File(ScreenGrab.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
        Commands.Result result = Commands.run(List.of(java, "-cp", classes, ScreenGrab.class.getName(), png.toString()),
                Map.of("DISPLAY", display));
        if (result.exitCode() != 0) {
            throw new AssertionError("Screenshot failed:\n" + result.output());
        }
        return Integer.parseInt(result.output().strip().lines().reduce((a, b) -> b).orElse("0"));
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
