package app.alongside.workbench.testing;

import app.alongside.workbench.Workbench;
import app.alongside.workbench.WorkbenchOptions;
import app.alongside.workbench.host.content.ContentRecord;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One workbench (127.0.0.1, port 0, a temporary data directory with the demo seeded) and one headless Chromium for
 * a test class: {@code @ClassRule public static final WorkbenchBrowser WB = new WorkbenchBrowser();}. Both are always
 * stopped, whatever happens. The class is skipped (not failed) only when Chromium is not installed.
 */
public final class WorkbenchBrowser extends ExternalResource {

    /** Repository-relative directory for screenshots, or unset (the default) to save none. */
    public static final String SCREENSHOTS_PROPERTY = "alongside.screenshots";

    private final TemporaryFolder temp = new TemporaryFolder();
    private final int width;
    private final int height;
    private Workbench workbench;
    private ChromeDriver driver;

    public WorkbenchBrowser() {
        this(1280, 900);
    }

    public WorkbenchBrowser(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    protected void before() throws Throwable {
        Chromium.assumeInstalled();
        temp.create();
        try {
            workbench = new Workbench(WorkbenchOptions.forTest(temp.newFolder("data").toPath())).start();
            driver = Chromium.start(temp.newFolder("chromium-profile").toPath(), width, height);
        } catch (Throwable t) {
            after();
            throw t;
        }
    }

    @Override
    protected void after() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } catch (RuntimeException e) {
            System.err.println("Chromium did not quit cleanly: " + e);
        } finally {
            driver = null;
            try {
                if (workbench != null) {
                    workbench.stop();
                }
            } finally {
                workbench = null;
                temp.delete();
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Workbench workbench() {
        return workbench;
    }

    public String url(String path) {
        return workbench.baseUrl() + path;
    }

    /** A waiter bounded by {@link Chromium#WAIT}. */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Chromium.WAIT);
    }

    /** Loads a workbench address, failing if an alert opened while it loaded. */
    public void open(String path) {
        try {
            driver.get(url(path));
        } catch (UnhandledAlertException e) {
            throw new AssertionError("an alert opened while loading " + path + ": " + e.getAlertText(), e);
        }
        assertNoAlert(path);
    }

    /** The id of a page or blog post in a space, by title. */
    public long pageId(String spaceKey, String title) {
        return workbench.host().store().inSpace(spaceKey).stream().filter(c -> c.title().equals(title))
                .map(ContentRecord::id).findFirst().orElseThrow(() -> new AssertionError("no page " + title));
    }

    /** Chooses who to act as with the header's "Acting as" switcher, as a person would, and waits for the page. */
    public void actAs(String username) {
        if (driver.findElements(By.id("wb-act-as")).isEmpty()) {
            open("/");
        }
        new Select(driver.findElement(By.id("wb-act-as"))).selectByValue(username);
        clickThrough(driver.findElement(By.cssSelector("form.wb-switcher button[type=submit]")));
        String actingAs = new Select(driver.findElement(By.id("wb-act-as"))).getFirstSelectedOption()
                .getDomProperty("value");
        if (!username.equals(actingAs)) {
            throw new AssertionError("the switcher did not switch to " + username + " (acting as " + actingAs + ")");
        }
    }

    /**
     * Clicks a button or link that loads another page, and waits until that page has loaded: the old document is
     * marked first, and the wait ends when a document without the mark is complete.
     */
    public void clickThrough(WebElement button) {
        String mark = "m" + System.nanoTime();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__wbLeft = arguments[0];", mark);
        try {
            button.click();
        } catch (UnhandledAlertException e) {
            throw new AssertionError("an alert opened after clicking: " + e.getAlertText(), e);
        }
        // While the next page loads, the driver may briefly answer with errors about the old one: they are retried.
        waiting().ignoring(WebDriverException.class).withMessage("no new page loaded after clicking (did the "
                + "browser's own form checks stop it?)").until(d -> {
            try {
                return Boolean.TRUE.equals(js.executeScript(
                        "return window.__wbLeft !== arguments[0] && document.readyState === 'complete';", mark));
            } catch (UnhandledAlertException e) {
                throw new AssertionError("an alert opened after clicking: " + e.getAlertText(), e);
            }
        });
    }

    /** Fails if a JavaScript dialog (alert, confirm, prompt) is open. */
    public void assertNoAlert(String where) {
        try {
            String text = driver.switchTo().alert().getText();
            driver.switchTo().alert().dismiss();
            throw new AssertionError("a script ran: an alert opened on " + where + " saying \"" + text + "\"");
        } catch (NoAlertPresentException expected) {
            // no dialog: good
        }
    }

    /**
     * Saves a PNG of the whole window, or of one element, to {@code <repository>/<alongside.screenshots>/name} when
     * that property is set (e.g. {@code -Dalongside.screenshots=docs/screenshots}); does nothing otherwise, so CI
     * never rewrites the committed images.
     */
    public void screenshot(String name, WebElement element) {
        String directory = System.getProperty(SCREENSHOTS_PROPERTY, "");
        if (directory.isBlank()) {
            return;
        }
        Path root = Path.of(System.getProperty("alongside.repository.root", ".."));
        Path target = root.resolve(directory).resolve(name).toAbsolutePath().normalize();
        Dimension window = driver.manage().window().getSize();
        try {
            Files.createDirectories(target.getParent());
            // The whole page in one picture: make the window as tall as what the page shows (no scroll bars, no
            // empty space below), then back.
            long pageHeight = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY) + 16;"))
                    .longValue();
            long viewport = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return window.innerHeight;")).longValue();
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    (int) Math.min(6000, window.getHeight() - viewport + pageHeight)));
            byte[] png = element == null ? driver.getScreenshotAs(OutputType.BYTES)
                    : element.getScreenshotAs(OutputType.BYTES);
            Files.write(target, png);
            System.out.println("Screenshot saved: " + target);
        } catch (IOException e) {
            throw new AssertionError("cannot save the screenshot " + target, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
