package cn.villagestats.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;

import cn.villagestats.operations.ConsoleLevers;
import cn.villagestats.operations.RunView;
import cn.villagestats.users.UserCommands;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console against a database and folders of its own: an inbox root whose 2020-12 holds
 * {@code input-samples/}, and one user of each role (op, county, and the clerks of 镇里村 and 泉里村).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:console;DB_CLOSE_DELAY=-1",
        "villagestats.console.max-upload-mb=1"})
@AutoConfigureMockMvc
public abstract class ConsoleTestSupport {

    protected static final YearMonth PERIOD = YearMonth.of(2020, 12);
    protected static final String ZHENLI = "370982104201";
    protected static final String QUANLI = "370982104202";
    protected static final Path ROOT = temporaryRoot();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected UserCommands commands;
    @Autowired
    protected UserDetailsService userDetails;
    @Autowired
    protected ConsoleLevers levers;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("villagestats.inbox-root", () -> ROOT.resolve("inbox").toString());
        registry.add("villagestats.out", () -> ROOT.resolve("out").toString());
    }

    /** The four users, added once per database. */
    protected void users() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM console_user", Integer.class) > 0) {
            return;
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        commands.add("op", "operator", null, "op-password", quiet);
        commands.add("county", "county", null, "county-password", quiet);
        commands.add("zhenli", "village", ZHENLI, "zhenli-password", quiet);
        commands.add("quanli", "village", QUANLI, "quanli-password", quiet);
    }

    protected UserDetails as(String name) {
        users();
        return userDetails.loadUserByUsername(name);
    }

    /** The period's inbox holding a copy of input-samples/. */
    protected static Path samplesInbox() {
        Path inbox = ROOT.resolve("inbox").resolve(PERIOD.toString());
        try {
            Files.createDirectories(inbox);
            try (Stream<Path> files = Files.list(Path.of("input-samples"))) {
                for (Path file : files.toList()) {
                    Path copy = inbox.resolve(file.getFileName());
                    if (!Files.exists(copy)) {
                        Files.copy(file, copy);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inbox;
    }

    /** Waits until the run is no longer running, and shows it. */
    protected RunView finished(long id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            RunView run = levers.find(id).orElseThrow();
            if (!run.running()) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run #" + id + " still running after 120 s");
    }

    private static Path temporaryRoot() {
        try {
            return Files.createTempDirectory("console-tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
