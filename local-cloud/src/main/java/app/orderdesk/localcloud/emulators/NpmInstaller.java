package app.orderdesk.localcloud.emulators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Installs the emulators' pinned npm packages from the committed lock file when they are missing. */
final class NpmInstaller {

    private static final long TIMEOUT_MINUTES = 5;

    private NpmInstaller() {}

    static void ensureInstalled(Path emulatorsDir) {
        if (Files.isDirectory(emulatorsDir.resolve("node_modules"))) {
            return;
        }
        System.err.println("[local-cloud] installing the emulators (npm ci) in " + emulatorsDir + " ...");
        Path log = emulatorsDir.resolve("npm-ci.log");
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(emulatorsDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!npm.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci did not finish within " + TIMEOUT_MINUTES + " minutes; see " + log);
            }
            if (npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci failed (exit " + npm.exitValue() + "): " + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run npm (is Node.js 20+ installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the emulators", e);
        }
    }
}
