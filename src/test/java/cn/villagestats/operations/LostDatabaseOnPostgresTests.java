package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stops answering in the middle of a run (the network to it is cut, through a TCP
 * proxy): the run fails within a few of its timeouts, and once the database is back,
 * {@code rerun} finishes it with the seed figures.
 */
class LostDatabaseOnPostgresTests {

    private static final Pattern HOST_PORT = Pattern.compile("//([^/:]+)(?::(\\d+))?/");

    @TempDir
    Path work;

    @Test
    void shouldFailWithinTheTimeoutsWhenTheDatabaseIsLostAndRerunOnceItIsBack() throws Exception {
        try (TestDatabase database = Engine.POSTGRES.create(); TcpProxy proxy = new TcpProxy(port(database.url()))) {
            List<String> settings = List.of(
                    "--spring.datasource.url=" + HOST_PORT.matcher(database.url())
                            .replaceFirst("//127.0.0.1:" + proxy.port() + "/"),
                    "--spring.datasource.username=" + database.username(),
                    "--spring.datasource.password=" + database.password(),
                    "--villagestats.database.connect-timeout=5s", "--villagestats.database.statement-timeout=5s");
            // given a run of 43 returns through the proxy that has loaded a few of them
            int exit;
            Duration failedAfter;
            List<String> printed;
            try (ChildRun child = ChildRun.start(work, settings)) {
                assertThat(child.awaitLines("loaded for", 5)).hasSize(5);

                // when the database stops answering
                proxy.cut();
                long cutAt = System.nanoTime();
                exit = child.awaitExit();
                failedAfter = Duration.ofNanos(System.nanoTime() - cutAt);
                printed = child.printed();
            }

            // then the run fails within a few timeouts of 5 s, not one for each of the 38 returns left
            assertThat(exit).as(String.join("\n", printed)).isEqualTo(ExitCode.JOB_FAILED.code());
            assertThat(failedAfter).isLessThan(Duration.ofSeconds(90));

            // and once the database answers again, the rerun finishes the run with the seed figures
            proxy.restore();
            String rerun = cli(settings, "rerun");
            assertThat(rerun).contains("COMPLETED").contains("43 files")
                    .containsPattern("toilet\\.households\\s+\\S+\\s+4637")
                    .containsPattern("surveillance\\.connected_villages\\s+\\S+\\s+43");
            assertThat(cli(settings, "status")).contains("FAILED").contains("COMPLETED")
                    .doesNotContain("STARTED").doesNotContain("UNKNOWN");
        }
    }

    private static int port(String url) {
        Matcher matcher = HOST_PORT.matcher(url);
        if (!matcher.find()) {
            throw new IllegalArgumentException(url);
        }
        return matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2));
    }

    private static String cli(List<String> settings, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        new VillageStatsCli(print, print).execute(Stream.concat(Stream.of(args), settings.stream())
                .toArray(String[]::new));
        return out.toString(StandardCharsets.UTF_8);
    }
}
