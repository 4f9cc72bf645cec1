package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.testdb.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run killed hard (kill -9: a power cut, the OOM killer) holds nothing up: the next night's
 * {@code run} closes it as failed and consolidates the period, and {@code rerun} finishes it,
 * each with a clean run's totals and no manual step.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class CrashRecoveryTests {

    @Parameter
    Engine engine;

    @TempDir
    Path work;

    private CliDatabase database;

    @BeforeEach
    void createDatabase() {
        database = CliDatabase.on(engine, work);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @ParameterizedTest(name = "killed after {1} line(s) with ''{0}''")
    @CsvSource({"Consolidation of 2020-12 started, 1", "loaded for, 5", "loaded for, 25"})
    void shouldRunTheNextNightAfterARunKilledWithNoManualStep(String line, int count) throws Exception {
        // given a run in a child JVM killed with SIGKILL at that point
        killedAfter(line, count);
        String statusAfterCrash = cli("status");

        // when the next night's run starts, nobody having touched anything
        String run = cli("run", "--period", "2020-12", "--inbox", "input-samples", "--out",
                work.resolve("out").toString());

        // then status showed the killed run as dead, and the night ran with the seed figures
        assertThat(statusAfterCrash).contains("DEAD").contains("进程已退出 (the process died)")
                .doesNotContain("STARTED");
        assertSeedTotals(run);
        // and the killed run is closed as failed, saying why
        assertThat(cli("status")).contains("FAILED").contains("进程已退出 (the process died)")
                .contains("COMPLETED").doesNotContain("STARTED").doesNotContain("DEAD");
    }

    @Test
    void shouldFinishAKilledRunWithTheTotalsOfACleanRun() throws Exception {
        // given a run killed after a few returns were loaded
        killedAfter("loaded for", 3);

        // when the operator reruns it
        String rerun = cli("rerun");

        // then the rerun finished it with the seed figures, the killed run closed as failed
        assertSeedTotals(rerun);
        assertThat(cli("status")).contains("FAILED").contains("COMPLETED").doesNotContain("STARTED");
    }

    private void killedAfter(String line, int count) throws Exception {
        List<String> seen;
        try (ChildRun child = ChildRun.start(work, database.settings())) {
            seen = child.awaitLines(line, count);
            // H2 writes its file up to half a second after a commit (WRITE_DELAY): killed sooner, the run
            // would not be there at all for the next one to find
            Thread.sleep(1000);
            child.kill();
        }
        assertThat(seen).as("the child got that far before it was killed").hasSize(count);
    }

    private void assertSeedTotals(String report) throws Exception {
        assertThat(report).contains("COMPLETED").contains("43 files")
                .containsPattern("toilet\\.households\\s+\\S+\\s+4637")
                .containsPattern("surveillance\\.connected_villages\\s+\\S+\\s+43");
        try (Stream<String> lines = Files.lines(work.resolve("out/township-totals-2020-12.csv"))) {
            assertThat(lines).contains("2020-12,toilet.households,卫生改厕户数,户,4637,43");
        }
    }

    private String cli(String... args) {
        return database.cli(args);
    }
}
