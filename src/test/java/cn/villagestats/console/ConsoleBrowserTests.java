package cn.villagestats.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import cn.villagestats.users.UserCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The console in a real browser, as the operator and a village clerk use it; saves the README's screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:console-browser;DB_CLOSE_DELAY=-1")
class ConsoleBrowserTests {

    private static final Path ROOT = ConsoleTestSupport.ROOT.resolveSibling(ConsoleTestSupport.ROOT.getFileName() + "-browser");

    @LocalServerPort
    int port;
    @Autowired
    UserCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path profile;

    private ChromeDriver browser;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("villagestats.inbox-root", () -> ROOT.resolve("inbox").toString());
        registry.add("villagestats.out", () -> ROOT.resolve("out").toString());
    }

    @BeforeEach
    void users() {
        browser = Browser.open(profile);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM console_user", Integer.class) == 0) {
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
            commands.add("op", "operator", null, "op-password", quiet);
            commands.add("zhenli", "village", ConsoleTestSupport.ZHENLI, "zhenli-password", quiet);
        }
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldRerunAFailedNightWithTheButtonAndShow43Of43() throws Exception {
        // given the 43 sample returns, and a folder (not empty) where the night's totals export should be
        Path inbox = Files.createDirectories(ROOT.resolve("inbox").resolve("2020-12"));
        try (Stream<Path> samples = Files.list(Path.of("input-samples"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, inbox.resolve(sample.getFileName()));
            }
        }
        Path blocker = Files.createDirectories(ROOT.resolve("out").resolve("township-totals-2020-12.csv"));
        Files.writeString(blocker.resolve("in-the-way.txt"), "in the way");

        // when the operator logs in and presses 立即运行本期 for 2020-12, confirming
        login("op", "op-password");
        browser.get(url("/runs"));
        browser.findElement(By.name("period")).clear();
        browser.findElement(By.name("period")).sendKeys("2020-12");
        setPeriod("2020-12");
        browser.findElement(By.id("start")).click();
        browser.switchTo().alert().accept();

        // then the run page follows its progress without a reload until the run fails in its export
        waitFor(d -> d.findElement(By.id("status")).getText().equals("FAILED"), 180);
        assertThat(browser.findElement(By.id("failure")).getText()).contains("exportTotalsStep");
        assertThat(browser.findElement(By.id("progress")).getText()).isEqualTo("43/43");

        // when the cause is removed and the operator presses 重新运行
        Files.delete(blocker.resolve("in-the-way.txt"));
        Files.delete(blocker);
        browser.findElement(By.id("rerun")).click();
        browser.switchTo().alert().accept();

        // then the rerun completes, and 报送情况 shows every village reported with the right totals
        waitFor(d -> d.findElement(By.id("status")).getText().equals("COMPLETED"), 180);
        Browser.screenshot(browser, "console-run");
        browser.get(url("/runs"));
        Browser.screenshot(browser, "console-runs");
        browser.get(url("/periods?period=2020-12"));
        assertThat(browser.findElement(By.id("reported")).getText()).isEqualTo("已报 43/43");
        assertThat(browser.findElement(By.id("totals")).getText()).contains("卫生改厕户数 户 4637");
        assertThat(browser.findElements(By.cssSelector("#trend-chart circle.dot"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#village-chart rect.column"))).hasSize(43);
        Browser.screenshot(browser, "console-periods");
    }

    @Test
    void shouldLetAClerkFixAReturnWithItsFeedbackAndNotOpenAnotherVillage() throws Exception {
        // given a return of 镇里村 with a bad toilet row, and its correction
        Path bad = Files.write(profile.resolve("镇里村报表.xlsx"), ConsoleReturns.withBadCells(ConsoleTestSupport.ZHENLI,
                "镇里村", "2021-01"));
        Path fixed = Files.write(profile.resolve("镇里村报表（改）.xlsx"), ConsoleReturns.corrected(ConsoleTestSupport.ZHENLI,
                "镇里村", "2021-01"));

        // when the clerk uploads the bad one
        login("zhenli", "zhenli-password");
        upload(bad);

        // then the page shows its problems, masked, and the feedback workbook downloads
        String answer = browser.findElement(By.className("result")).getText();
        assertThat(answer).contains("接收：读取 2 行，接收 1 行，拒收 1 行")
                .contains(ConsoleReturns.masked(ConsoleReturns.BAD_ID)).contains("水冲")
                .doesNotContain(ConsoleReturns.BAD_ID);
        Browser.screenshot(browser, "console-upload");
        String feedback = browser.findElement(By.className("feedback")).getAttribute("href");
        assertThat(downloadAsTheBrowser(feedback)).startsWith("PK");

        // when the clerk uploads the corrected one
        upload(fixed);

        // then it is accepted whole
        assertThat(browser.findElement(By.className("result")).getText()).contains("接收：读取 2 行，接收 2 行，拒收 0 行");

        // and the clerk's own page opens, another village's does not
        browser.get(url("/villages/" + ConsoleTestSupport.ZHENLI + "?period=2021-01"));
        assertThat(browser.findElement(By.id("uploads")).getText()).contains(ConsoleTestSupport.ZHENLI + "-");
        Browser.screenshot(browser, "console-village");
        browser.get(url("/villages/" + ConsoleTestSupport.QUANLI + "?period=2021-01"));
        assertThat(browser.getPageSource()).contains("403").doesNotContain("泉里村");
    }

    private void login(String name, String password) {
        browser.get(url("/login"));
        if (name.equals("op")) {
            Browser.screenshot(browser, "console-login");
        }
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"), 20);
    }

    private void upload(Path file) {
        browser.get(url("/upload"));
        setPeriod("2021-01");
        browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("send")).click();
        waitFor(d -> !d.findElements(By.className("result")).isEmpty(), 30);
    }

    /** A month input takes its value most reliably from script. */
    private void setPeriod(String period) {
        browser.executeScript("document.getElementsByName('period')[0].value = arguments[0];", period);
    }

    private String downloadAsTheBrowser(String href) throws IOException, InterruptedException {
        String cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition, int seconds) {
        // The run's page reloads itself when the run ends: an element read just then is stale, not wrong.
        new WebDriverWait(browser, Duration.ofSeconds(seconds))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
