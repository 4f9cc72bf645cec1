package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.VillageTotals;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/** The exit code a run's report gives cron and the operator (the README's table). */
class RunReportTests {

    private static final ReturnOutcome ACCEPTED = outcome("泉里村.xlsx", "accepted");
    private static final ReturnOutcome SUPERSEDED = outcome("泉里村-旧.xlsx", "superseded");
    private static final ReturnOutcome REJECTED = outcome("损坏的文件.xlsx", "rejected");
    private static final VillageTotals MISSING = new VillageTotals("370982104203", "王家庄村", VillageTotals.MISSING,
            Map.of());

    @Test
    void shouldExitZeroWhenEveryVillageReportedAndNoFileWasRejected() {
        assertThat(report(BatchStatus.COMPLETED, List.of(ACCEPTED, SUPERSEDED), List.of()).exitCode())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void shouldExitTwoWhenAFileWasRejectedThoughEveryVillageReported() {
        assertThat(report(BatchStatus.COMPLETED, List.of(ACCEPTED, REJECTED), List.of()).exitCode())
                .isEqualTo(ExitCode.INCOMPLETE);
    }

    @Test
    void shouldExitTwoWhenAVillageHasNotReported() {
        assertThat(report(BatchStatus.COMPLETED, List.of(ACCEPTED), List.of(MISSING)).exitCode())
                .isEqualTo(ExitCode.INCOMPLETE);
    }

    @Test
    void shouldExitOneWhenTheJobDidNotComplete() {
        assertThat(report(BatchStatus.FAILED, List.of(ACCEPTED), List.of()).exitCode()).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(report(BatchStatus.STOPPED, List.of(ACCEPTED), List.of()).exitCode())
                .isEqualTo(ExitCode.JOB_FAILED);
    }

    private static RunReport report(BatchStatus status, List<ReturnOutcome> returns, List<VillageTotals> missing) {
        return new RunReport(1, status, "2020-12", Path.of("out"), returns, List.of(), missing, List.of(),
                status == BatchStatus.COMPLETED, status == BatchStatus.COMPLETED);
    }

    private static ReturnOutcome outcome(String file, String status) {
        return new ReturnOutcome(file, "370982104202", "泉里村", status, 10, 10, 0, null, null);
    }
}
