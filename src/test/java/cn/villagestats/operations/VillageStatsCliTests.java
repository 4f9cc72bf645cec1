package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class VillageStatsCliTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageStatsCli cli = new VillageStatsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path work;

    @Test
    void shouldPrintHelpAndExitZero() {
        // when
        int code = cli.execute("--help");

        // then
        assertThat(code).isZero();
        assertThat(stdout()).contains("run [--period YYYY-MM] [--inbox DIR]").contains("rerun [--execution N]").contains("Exit codes");
    }

    @Test
    void shouldRefuseAnUnknownCommandWithTheUsageExitCode() {
        // when
        int code = cli.execute("consolidate");

        // then
        assertThat(code).isEqualTo(64);
        assertThat(stderr()).contains("unknown command 'consolidate'").contains("usage:");
    }

    @Test
    void shouldRefuseAMalformedPeriodBeforeTouchingTheDatabase() {
        // when
        int code = cli.execute("run", "--period", "2020-13", "--inbox", work.toString());

        // then
        assertThat(code).isEqualTo(64);
        assertThat(stderr()).contains("--period takes a month such as 2020-12, not '2020-13'");
    }

    @Test
    void shouldRefuseAMissingInbox() {
        // when
        int code = cli.execute("run", "--period", "2020-12", "--inbox", work.resolve("nowhere").toString());

        // then
        assertThat(code).isEqualTo(64);
        assertThat(stderr()).contains("inbox is not a folder");
    }

    @Test
    void shouldSayWhatIsWrongWithTheCommandLineInChineseAndEnglish() {
        // when
        int code = cli.execute("run", "--period", "2020-12", "--inbox", work.toString(), "--outbox", "x");

        // then
        assertThat(code).isEqualTo(64);
        assertThat(stderr()).isEqualTo("""
                villagestats: run 命令没有选项“--outbox”
                villagestats: unknown option '--outbox' for run
                """ + Usage.SHORT + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "10001"})
    void shouldRefuseAStatusLimitThatListsNoRunBeforeTouchingTheDatabase(String limit) {
        // when
        int code = cli.execute("status", "--limit", limit, "--spring.datasource.url=jdbc:nodriver:nowhere");

        // then
        assertThat(code).isEqualTo(64);
        assertThat(stderr()).contains("villagestats: --limit 须为 1 到 10000 之间的整数，而不是“" + limit + "”")
                .contains("villagestats: --limit takes a number of runs from 1 to 10000, not '" + limit + "'");
    }

    @Test
    void shouldListTheOneRunAStatusLimitOfOneAsks() throws Exception {
        // given two runs on one database
        Path inbox = inboxOfTwoSamples();
        cli.execute("run", "--period", "2020-12", "--inbox", inbox.toString(), "--out", work.resolve("out").toString(),
                database("limit"));
        cli.execute("run", "--period", "2020-12", "--inbox", inbox.toString(), "--out", work.resolve("out").toString(),
                database("limit"));
        out.reset();

        // when
        int code = cli.execute("status", "--limit", "1", database("limit"));

        // then only the second run is listed
        assertThat(code).isZero();
        assertThat(stdout()).contains("#2").doesNotContain("#1 ");
    }

    @Test
    void shouldExitZeroAndShowTheTotalsWhenEveryVillageReported() {
        // when
        int code = cli.execute("run", "--period", "2020-12", "--inbox", "input-samples",
                "--out", work.resolve("out").toString(), database("all"));

        // then
        assertThat(code).isZero();
        assertThat(stdout()).contains("43 files").contains("read = accepted + rejected for each")
                .containsPattern("toilet\\.households\\s+卫生改厕户数\\s+4637")
                .doesNotContain("未报村");
        assertThat(work.resolve("out/township-totals-2020-12.csv")).exists();
    }

    @Test
    void shouldExitTwoWhenVillagesAreMissing() throws Exception {
        // given an inbox with two of the 43 returns
        Path inbox = inboxOfTwoSamples();

        // when
        int code = cli.execute("run", "--period", "2020-12", "--inbox", inbox.toString(),
                "--out", work.resolve("out").toString(), database("partial"));

        // then
        assertThat(code).isEqualTo(2);
        assertThat(stdout()).contains("未报村 (villages missing): 41");
    }

    @Test
    void shouldRunAgainOnTheSameFileDatabaseWithoutAFailedStatement() throws Exception {
        // given an inbox with two of the 43 returns, and an H2 file as in production
        Path inbox = inboxOfTwoSamples();
        String database = "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").toAbsolutePath();

        // when the night's run starts twice on the same database
        int first = cli.execute("run", "--period", "2020-12", "--inbox", inbox.toString(),
                "--out", work.resolve("out").toString(), database);
        int second = cli.execute("run", "--period", "2020-12", "--inbox", inbox.toString(),
                "--out", work.resolve("out").toString(), database);

        // then both ran, and H2 traced no failed statement (as re-creating the Batch tables at each start did)
        assertThat(first).isEqualTo(2);
        assertThat(second).isEqualTo(2);
        assertThat(work.resolve("db.mv.db")).exists();
        assertThat(work.resolve("db.trace.db")).doesNotExist();
    }

    @Test
    void shouldGenerateTheSampleReturns() throws Exception {
        // when
        int code = cli.execute("generate-samples", "--out", work.resolve("samples").toString(), "--seed", "5");

        // then
        assertThat(code).isZero();
        try (Stream<Path> files = Files.list(work.resolve("samples"))) {
            assertThat(files.count()).isEqualTo(43);
        }
    }

    private Path inboxOfTwoSamples() throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (Stream<Path> samples = Files.list(Path.of("input-samples")).sorted().limit(2)) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, inbox.resolve(sample.getFileName()));
            }
        }
        return inbox;
    }

    private static String database(String name) {
        return "--spring.datasource.url=jdbc:h2:mem:cli-" + name + ";DB_CLOSE_DELAY=-1";
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
