package org.casus.brief;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium, for the tests that open Casus pages in a real
 * browser: the flags this closed network needs, a fresh profile, and the browser console kept.
 * Shared with casus-server's tests through this module's test jar.
 */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A browser with a window of the given size; fails with the install command when Chromium is missing. */
    public static ChromeDriver start(int width, int height) throws IOException {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            fail("this test needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver "
                    + "(./run-tests installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }
}
