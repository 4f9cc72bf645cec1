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

/** Two runs of one period at once, from two processes on one database: exactly one runs. */
class ConcurrentRunsTests {

    @TempDir
    Path work;

    @Test
    void shouldRefuseTheSecondRunOfAPeriodWhileTheFirstIsRunning() throws Exception {
        // given a run of 2020-12 under way in another process
        String database = "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";AUTO_SERVER=TRUE";
        int first;
        String second;
        int secondCode;
        try (ChildRun child = ChildRun.start(database, work)) {
            List<String> loading = child.awaitLines("loaded for", 1);
            assertThat(loading).as("the first run is loading").hasSize(1);

            // when a second run of the same period starts
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            secondCode = new VillageStatsCli(print, print).execute("run", "--period", "2020-12", "--inbox",
                    "input-samples", "--out", work.resolve("out2").toString(), database);
            second = out.toString(StandardCharsets.UTF_8);
            first = child.awaitExit();
        }

        // then the second is refused, naming the run that holds the period, and the first completes alone
        assertThat(secondCode).isEqualTo(ExitCode.REFUSED.code());
        assertThat(second).contains("正在由作业执行 #1 汇总").contains("already being consolidated by job execution 1");
        assertThat(first).isZero();
        try (Stream<String> lines = Files.lines(work.resolve("out/township-totals-2020-12.csv"))) {
            assertThat(lines).contains("2020-12,toilet.households,卫生改厕户数,户,4637,43");
        }
        assertThat(work.resolve("out2/township-totals-2020-12.csv")).doesNotExist();
    }
}
