package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Process child = new ProcessBuilder(javaBinary(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "cn.villagestats.VillageStatsApplication", "run", "--period", "2020-12", "--inbox", "input-samples",
                "--out", work.resolve("out").toString(), database, "--villagestats.load.threads=1",
                "--villagestats.load.chunk-size=1", "--villagestats.logs=" + work.resolve("logs"))
                .redirectErrorStream(true).start();

        // when it is killed with SIGKILL after a few returns were loaded
        List<String> seen = waitForLoadedReturns(child, 3);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
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

    private static List<String> waitForLoadedReturns(Process child, int count) throws Exception {
        List<String> loaded = new ArrayList<>();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (loaded.size() < count && System.nanoTime() < deadline && (line = output.readLine()) != null) {
            if (line.contains("loaded for")) {
                loaded.add(line);
            }
        }
        return loaded;
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        new VillageStatsCli(print, print).execute(args);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
