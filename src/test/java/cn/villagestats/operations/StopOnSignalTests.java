package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import cn.villagestats.registry.SeedFiles;
import cn.villagestats.samples.SampleReturns;
import cn.villagestats.testdb.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SIGTERM (systemd stopping a unit, {@code kill}) stops a running consolidation as {@code stop}
 * does: the run is STOPPED and resumable, one line says so, and the process exits as usual.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class StopOnSignalTests {

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

    @Test
    void shouldLeaveARunGivenSigtermStoppedAndResumable() throws Exception {
        // given a run in a child JVM that has loaded a few of its 43 returns
        int exit;
        List<String> printed;
        try (ChildRun child = ChildRun.start(work, database.settings())) {
            assertThat(child.awaitLines("loaded for", 5)).hasSize(5);

            // when it is sent SIGTERM
            child.terminate();
            exit = child.awaitExit();
            printed = child.printed();
        }

        // then it exits as a run that did not finish, saying in one line that the run stopped
        assertThat(exit).isEqualTo(ExitCode.JOB_FAILED.code());
        assertThat(printed).filteredOn(line -> line.contains("Consolidation of 2020-12 stopped")).hasSize(1);
        assertThat(printed).noneMatch(line -> line.contains(" ERROR "))
                .noneMatch(line -> line.contains("unknown state"));
        assertThat(database.cli("status")).contains("STOPPED").doesNotContain("STARTED");
        // and the rerun finishes it with the seed figures
        assertThat(database.cli("rerun")).contains("COMPLETED").contains("43 files")
                .containsPattern("toilet\\.households\\s+\\S+\\s+4637");
    }

    @Test
    void shouldStopServeCleanlyOnSigtermAndFireAgainOnceRestarted() throws Exception {
        // given serve firing every second on tonight's inbox of 43 returns
        YearMonth tonight = new PeriodRule(10).periodOn(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        Path inbox = work.resolve("inbox").resolve(tonight.toString());
        Files.createDirectories(inbox);
        SampleReturns.generate(new SeedFiles(Path.of("seeds")).villages(), tonight, 2020, inbox);
        List<String> serve = new java.util.ArrayList<>(List.of("serve",
                "--villagestats.inbox-root=" + work.resolve("inbox"), "--villagestats.out=" + work.resolve("out"),
                "--villagestats.schedule.cron=* * * * * *", "--villagestats.load.threads=1",
                "--villagestats.load.chunk-size=1"));
        serve.addAll(database.settings());

        // when it is sent SIGTERM in the middle of the night's load
        int exit;
        List<String> printed;
        try (ChildRun child = ChildRun.command(work, serve)) {
            assertThat(child.awaitLines("loaded for", 5)).hasSize(5);
            child.terminate();
            exit = child.awaitExit();
            printed = child.printed();
        }

        // then it stops the run as 'stop' does, says so in one line and exits 0
        assertThat(exit).as(String.join("\n", printed)).isZero();
        assertThat(printed).filteredOn(line -> line.contains("Consolidation of " + tonight + " stopped")).hasSize(1);
        assertThat(printed).noneMatch(line -> line.contains(" ERROR "))
                .noneMatch(line -> line.contains("unknown state"));
        assertThat(database.cli("status")).contains("STOPPED").doesNotContain("STARTED");

        // and once restarted, its next fire consolidates the night
        List<String> ended;
        try (ChildRun child = ChildRun.command(work, serve)) {
            ended = child.awaitLines("Nightly consolidation of " + tonight + " ended", 1);
            child.terminate();
            exit = child.awaitExit();
            assertThat(exit).as(String.join("\n", child.printed())).isZero();
        }
        assertThat(ended).singleElement().asString().contains("ended COMPLETED");
        assertThat(database.cli("status")).contains("COMPLETED").contains("STOPPED").doesNotContain("STARTED");
    }
}
