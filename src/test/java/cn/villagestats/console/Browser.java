package cn.villagestats.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromium-driver. Without them the browser
 * tests are skipped, except under CI=true, where they fail: CI installs both (.ci/run).
 */
final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver open(Path profile) {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but chromium or chromium-driver is missing: .ci/run installs them");
        }
        Assumptions.assumeTrue(present, "no chromium and chromium-driver here: browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /**
     * Saves what the browser shows to &lt;name&gt;.png under target/screenshots, or under the folder
     * the system property {@code screenshots} names: {@code -Dscreenshots=docs} refreshes the
     * README's pictures. A plain test run leaves the checkout's files as they are.
     */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            Path target = Path.of(System.getProperty("screenshots", "target/screenshots"), name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
