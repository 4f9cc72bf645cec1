package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

class PeriodLockJobTests extends JobTestSupport {

    @Autowired
    JobRepository jobRepository;
    @Autowired
    PeriodLock periodLock;

    @TempDir
    Path work;

    private final List<JobExecution> madeUp = new ArrayList<>();

    /** The job repository is shared with other job tests, which must not find a made-up run still running. */
    @AfterEach
    void endMadeUpExecutions() {
        for (JobExecution execution : madeUp) {
            execution.setStatus(BatchStatus.ABANDONED);
            execution.setEndTime(LocalDateTime.now());
            jobRepository.update(execution);
        }
    }

    @Test
    void shouldRefuseARunWhileAnotherExecutionConsolidatesThePeriod() throws Exception {
        // given another host's execution of 2020-12, running and holding the period
        long otherExecution = execution(BatchStatus.STARTED);
        periodLock.acquire("2020-12", otherExecution);

        // when
        Run run = start(inbox(), work.resolve("out"));

        // then the run is refused before it touches anything, saying who holds the period
        assertThat(run.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(run.stepNames()).isEmpty();
        assertThat(run.execution().getAllFailureExceptions()).singleElement().isInstanceOfSatisfying(PeriodLockedException.class, e -> {
            assertThat(e.holder().jobExecutionId()).isEqualTo(otherExecution);
            assertThat(e.reasonZh()).contains("#" + otherExecution);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_return", Integer.class)).isZero();
        assertThat(periodLock.holder("2020-12")).get().extracting(PeriodLockHolder::jobExecutionId)
                .isEqualTo(otherExecution);
    }

    @Test
    void shouldTakeOverAPeriodLeftLockedByAnExecutionThatFailedAndReleaseItWhenDone() throws Exception {
        // given a lock left behind by an execution that has since been marked failed
        long crashed = execution(BatchStatus.FAILED);
        periodLock.acquire("2020-12", crashed);

        // when
        BatchStatus status = run(inbox(), work.resolve("out"));

        // then
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(township()).containsEntry("returns.received", "1");
        assertThat(periodLock.holder("2020-12")).isEmpty();
    }

    private Path inbox() {
        Path sample = Inboxes.samples(work.resolve("generated"), 2020).get(0);
        Inboxes.copy(sample, work.resolve("inbox"), sample.getFileName().toString(),
                Instant.parse("2021-01-02T08:00:00Z"));
        return work.resolve("inbox");
    }

    /** An execution of the job as another host's job repository would have recorded it. */
    private long execution(BatchStatus status) {
        JobParameters parameters = ConsolidationParameters.of(Inboxes.PERIOD, work.resolve("elsewhere"),
                "other-host-" + System.nanoTime(), work.resolve("elsewhere-out"));
        JobInstance instance = jobRepository.createJobInstance(ConsolidateReturnsJobConfiguration.JOB_NAME, parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        madeUp.add(execution);
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(status);
        if (!status.isRunning()) {
            execution.setEndTime(LocalDateTime.now());
        }
        jobRepository.update(execution);
        return execution.getId();
    }
}
