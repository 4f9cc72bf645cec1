package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed hard in the middle of loading is finished by {@code rerun}, with a clean run's totals. */
class CrashRecoveryTests {

    @TempDir
    Path work;

    @Test
    void shouldFinishAKilledRunWithTheTotalsOfACleanRun() throws Exception {
        // given a run of the 43 sample returns in a child JVM, staging one row per transaction so that it takes a while
        String database = "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";AUTO_SERVER=TRUE";
        List<String> seen;
        try (ChildRun child = ChildRun.start(database, work)) {

            // when it is killed with SIGKILL after a few returns were loaded
            seen = child.awaitLines("loaded for", 3);
            child.kill();
        }
        assertThat(seen).as("the child loaded returns before it was killed").hasSize(3);
        String statusAfterCrash = cli("status", database);

        // and the operator reruns it
        String rerun = cli("rerun", database);

        // then the killed run was left started, and the rerun finished it with the seed figures
        assertThat(statusAfterCrash).contains("STARTED");
        assertThat(rerun).contains("COMPLETED").contains("43 files")
                .containsPattern("toilet\\.households\\s+\\S+\\s+4637")
                .containsPattern("surveillance\\.connected_villages\\s+\\S+\\s+43");
        assertThat(cli("status", database)).contains("FAILED").contains("COMPLETED").doesNotContain("STARTED");
        try (Stream<String> lines = Files.lines(work.resolve("out/township-totals-2020-12.csv"))) {
            assertThat(lines).contains("2020-12,toilet.households,卫生改厕户数,户,4637,43");
        }
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        new VillageStatsCli(print, print).execute(args);
        return out.toString(StandardCharsets.UTF_8);
    }
}
