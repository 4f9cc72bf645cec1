package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's commands as they are typed, against a database of their own. */
class OperatorCommandsTests {

    @TempDir
    Path work;

    private String database;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void shouldShowAFailedRunAndFinishItWithRerun() throws Exception {
        // given a night whose export fails: a file stands where the export folder should be
        database = "--spring.datasource.url=jdbc:h2:mem:operator-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Path exports = work.resolve("exports");
        Files.writeString(exports, "in the way");
        int failed = cli("run", "--period", "2020-12", "--inbox", "input-samples", "--out", exports.toString());

        // when the operator looks
        int statusCode = cli("status");
        String status = printed();
        int stepsCode = cli("status", "--execution", "1");
        String steps = printed();

        // then they see which run failed, in which step and why
        assertThat(failed).isEqualTo(ExitCode.JOB_FAILED.code());
        assertThat(statusCode).isZero();
        assertThat(status).containsPattern("#1\\s+2020-12\\s+.*FAILED\\s+43\\s+0\\s+0\\s+exportTotalsStep: "
                + "UncheckedIOException: cannot write .*township-totals-2020-12.csv");
        assertThat(stepsCode).isZero();
        assertThat(steps).containsPattern("discoverReturnsStep\\s+COMPLETED\\s+43")
                .containsPattern("loadReturnStep:return-\\d+\\s+COMPLETED\\s+\\d+\\s+\\d+\\s+0\\s+370982104213\\.xls")
                .containsPattern("exportTotalsStep\\s+FAILED");

        // when the cause is removed and the run is rerun
        Files.delete(exports);
        int rerun = cli("rerun");

        // then it completes where it stopped
        assertThat(rerun).isZero();
        assertThat(printed()).contains("作业执行 #2 · COMPLETED");
        assertThat(exports.resolve("township-totals-2020-12.csv")).exists();
        cli("status");
        assertThat(printed()).containsPattern("#2\\s+2020-12\\s+.*COMPLETED\\s+43\\s+0\\s+0");
    }

    @Test
    void shouldRefuseToRerunWhenNothingFailed() {
        // given
        database = "--spring.datasource.url=jdbc:h2:mem:operator-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

        // when
        int code = cli("rerun");

        // then
        assertThat(code).isEqualTo(ExitCode.REFUSED.code());
        assertThat(printed()).contains("there is no failed or stopped run to rerun");
    }

    @Test
    void shouldAbandonAFailedRunSoThatItIsNotRerun() throws Exception {
        // given a failed run
        failedNight();

        // when
        int abandoned = cli("abandon", "--execution", "1");
        String said = printed();
        int rerun = cli("rerun");

        // then
        assertThat(abandoned).isZero();
        assertThat(said).contains("Run #1: abandoned").contains("ABANDONED");
        assertThat(rerun).isEqualTo(ExitCode.REFUSED.code());
        assertThat(cli("recover", "--execution", "1")).isEqualTo(ExitCode.REFUSED.code());
        assertThat(printed()).contains("not left running: nothing to recover");
    }

    @Test
    void shouldRefuseToRerunAFailedRunOnceANewerRunOfThePeriodStarted() throws Exception {
        // given a night whose export failed, and the next night's run of the same period
        Path exports = failedNight();
        Files.delete(exports);
        int nextNight = cli("run", "--period", "2020-12", "--inbox", "input-samples", "--out", exports.toString());

        // when the operator reruns the first night, by its number or as the latest failed run
        int byNumber = cli("rerun", "--execution", "1");
        String said = printed();
        int latest = cli("rerun");

        // then both are refused, naming the newer run
        assertThat(nextNight).isZero();
        assertThat(byNumber).isEqualTo(ExitCode.REFUSED.code());
        assertThat(said).contains("run #1 is older than run #2 of the same period");
        assertThat(latest).isEqualTo(ExitCode.REFUSED.code());
    }

    @Test
    void shouldSaySoWhenAskedForARunThatDoesNotExist() {
        // given a database set up by a command (status alone neither creates nor migrates one)
        database = "--spring.datasource.url=jdbc:h2:mem:operator-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        cli("user", "list");

        // when
        int code = cli("status", "--execution", "99");

        // then
        assertThat(code).isEqualTo(ExitCode.REFUSED.code());
        assertThat(printed()).contains("there is no run #99");
    }

    /** A night whose export fails, on a database of its own: a file stands where the export folder should be. */
    private Path failedNight() throws Exception {
        database = "--spring.datasource.url=jdbc:h2:mem:operator-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Path exports = work.resolve("exports");
        Files.writeString(exports, "in the way");
        cli("run", "--period", "2020-12", "--inbox", "input-samples", "--out", exports.toString());
        return exports;
    }

    private int cli(String... args) {
        out.reset();
        String[] withDatabase = java.util.Arrays.copyOf(args, args.length + 1);
        withDatabase[args.length] = database;
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new VillageStatsCli(print, print).execute(withDatabase);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
