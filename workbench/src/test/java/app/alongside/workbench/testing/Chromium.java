package app.alongside.workbench.testing;

import org.junit.Assume;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's Chromium driven through Debian's chromedriver, both by explicit path so Selenium Manager never runs (the
 * failsafe configuration also sets {@code SE_OFFLINE=true} and a cache under {@code target/}). Headless, with the
 * flags that work on this machine (docs reference: buildchain §5), a fresh profile directory per browser, bounded
 * timeouts, and user prompts left open ({@code unhandledPromptBehavior: ignore}) so a test can see that an
 * {@code alert()} opened.
 */
public final class Chromium {

    public static final Path BINARY = Path.of(System.getProperty("alongside.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    /** The longest any wait in a browser test may take. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private Chromium() {
    }

    /**
     * Skips the calling test class when Chromium is not installed (a developer machine without it). CI installs it
     * ({@code .ci/run}), so there the browser tests always run. A missing chromedriver beside an installed Chromium
     * is a broken machine, not a reason to skip: {@link #start} fails on it.
     */
    public static void assumeInstalled() {
        Assume.assumeTrue("Browser tests skipped: " + BINARY + " is not installed (apt-get install chromium "
                + "chromium-driver; .ci/run does this in CI)", Files.isExecutable(BINARY));
    }

    /** A new headless browser with its own profile in {@code profile} (an empty directory). Quit it when done. */
    public static ChromeDriver start(Path profile, int width, int height) {
        if (!Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(BINARY + " is installed but " + DRIVER + " is not: install Debian's "
                    + "chromium-driver (the same version as chromium)");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withLogOutput(System.err)
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--lang=en-GB",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath());
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        options.setPageLoadTimeout(WAIT);
        options.setScriptTimeout(WAIT);
        options.setImplicitWaitTimeout(Duration.ZERO);
        try {
            return new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }
}
