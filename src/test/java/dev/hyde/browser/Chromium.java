package dev.hyde.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starts the system's headless Chromium through its chromedriver (Debian's packages {@code chromium}
 * and {@code chromium-driver}, which .ci/run installs). Both paths are given to Selenium, so it never
 * looks for or downloads a browser of its own.
 */
final class Chromium {
    /** {@code -Dhyde.browser=skip} skips the browser tests; without it a missing browser fails them. */
    static final String SWITCH = "hyde.browser";
    private static final Path BROWSER = Path.of(System.getProperty("hyde.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("hyde.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /**
     * Aborts the calling test class when the browser tests are switched off, and fails it with the
     * install command when the browser is missing: a CI machine without Chromium must not pass them
     * by skipping them.
     */
    static void requireInstalled() {
        Assumptions.assumeFalse("skip".equals(System.getProperty(SWITCH)),
                "browser tests skipped (-D" + SWITCH + "=skip)");
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            fail("The browser tests need Chromium and its driver: " + BROWSER + " and " + DRIVER
                    + (Files.isExecutable(BROWSER) ? "" : " (no " + BROWSER + ")")
                    + (Files.isExecutable(DRIVER) ? "" : " (no " + DRIVER + ")")
                    + ". Install them with `apt-get install -y chromium chromium-driver` (as .ci/run does),"
                    + " point -Dhyde.chromium=... and -Dhyde.chromedriver=... at them,"
                    + " or skip these tests with -D" + SWITCH + "=skip.");
        }
    }

    /** A new browser with a profile of its own, so no two drivers share state (localStorage, cache). */
    static ChromeDriver start(Path profile) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // What works headless on a CI machine, as root, without a GPU, and with no traffic of the
        // browser's own (updates, sync, field trials) that would blur the check for other hosts.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static Path newProfile() {
        try {
            Path base = Files.createDirectories(Path.of("target", "browser-profiles").toAbsolutePath());
            return Files.createTempDirectory(base, "chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
