package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

class PeriodLockJobTests extends JobTestSupport {

    @Autowired
    JobRepository jobRepository;
    @Autowired
    PeriodLock periodLock;
    @Autowired
    DeadRuns deadRuns;

    @TempDir
    Path work;

    private final List<JobExecution> madeUp = new ArrayList<>();

    /** The job repository is shared with other job tests, which must not find a made-up run still running. */
    @AfterEach
    void endMadeUpExecutions() {
        for (JobExecution made : madeUp) {
            // read again: a test may have closed it since
            JobExecution execution = jobRepository.getJobExecution(made.getId());
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

    @Test
    void shouldCloseAnotherHostsRunWhoseHeartbeatStoppedAndConsolidateThePeriod() throws Exception {
        // given another host's running execution holding the period, silent for ten minutes (dead after two)
        long silent = execution(BatchStatus.STARTED, "another-host", 4242);
        periodLock.acquire("2020-12", silent);
        heartbeat(silent, Duration.ofMinutes(10));

        // when the next night runs
        BatchStatus status = run(inbox(), work.resolve("out"));

        // then it ran, and the silent run is failed with the reason, no longer running
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(township()).containsEntry("returns.received", "1");
        assertDied(silent);
    }

    @Test
    void shouldRefuseARunWhileAnotherHostsRunStillBeats() throws Exception {
        // given another host's running execution holding the period, its heartbeat ten seconds old
        long beating = execution(BatchStatus.STARTED, "another-host", 4242);
        periodLock.acquire("2020-12", beating);
        heartbeat(beating, Duration.ofSeconds(10));

        // when
        Run run = start(inbox(), work.resolve("out"));

        // then
        assertThat(run.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(PeriodLockedException.in(run.execution())).get()
                .satisfies(e -> assertThat(e.holder().jobExecutionId()).isEqualTo(beating));
        assertThat(jobRepository.getJobExecution(beating).getStatus()).isEqualTo(BatchStatus.STARTED);
    }

    @Test
    void shouldTakeARunOfThisHostsPidOneThatStartedAtAnotherTimeForDead() throws Exception {
        // given a run recorded on this host by pid 1 (as in a container) whose process started a day earlier
        // than this host's pid 1, its heartbeat fresh: a pid that exists does not make the run alive
        ProcessHandle init = ProcessHandle.of(1).orElseThrow();
        Instant initStarted = init.info().startInstant().orElseThrow();
        long container = execution(BatchStatus.STARTED, InetAddress.getLocalHost().getHostName(), 1,
                initStarted.minus(Duration.ofDays(1)));
        periodLock.acquire("2020-12", container);
        heartbeat(container, Duration.ofSeconds(1));

        // when
        BatchStatus status = run(inbox(), work.resolve("out"));

        // then
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertDied(container);
    }

    @Test
    void shouldCloseTheStepsALostDatabaseLeftOpenSoThatTheRunCanBeRestarted() throws Exception {
        // given a run that ended UNKNOWN with a step left STARTED and a return's step left STARTING and UNKNOWN
        long lost = execution(BatchStatus.UNKNOWN);
        JobExecution execution = jobRepository.getJobExecution(lost);
        StepExecution load = jobRepository.createStepExecution("loadReturnsStep", execution);
        load.setStatus(BatchStatus.STARTED);
        jobRepository.update(load);
        jobRepository.createStepExecution("loadReturnStep:return7", execution);
        StepExecution unknown = jobRepository.createStepExecution("loadReturnStep:return8", execution);
        unknown.setStatus(BatchStatus.UNKNOWN);
        jobRepository.update(unknown);

        // when the rerun readies it
        deadRuns.closeLeftOpen(jobRepository.getJobExecution(lost));

        // then the run and every step it left open are FAILED, as after any failure
        JobExecution closed = jobRepository.getJobExecution(lost);
        assertThat(closed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(closed.getStepExecutions()).hasSize(3)
                .allSatisfy(step -> assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED));
    }

    private void assertDied(long executionId) {
        JobExecution closed = jobRepository.getJobExecution(executionId);
        assertThat(closed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(closed.getEndTime()).isNotNull();
        assertThat(FailureReasons.of(closed)).isEqualTo("进程已退出 (the process died)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_heartbeat WHERE job_execution_id = ?",
                Integer.class, executionId)).isZero();
    }

    /** The heartbeat row of an execution, written {@code ago} before the database's now. */
    private void heartbeat(long executionId, Duration ago) {
        OffsetDateTime now = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
        jdbc.update("INSERT INTO run_heartbeat (job_execution_id, beat_at) VALUES (?, ?)", executionId,
                now.minus(ago));
    }

    private long execution(BatchStatus status, String host, long pid) {
        return execution(status, host, pid, null);
    }

    /** A running execution recorded by a process as {@link RunProcess} records it. */
    private long execution(BatchStatus status, String host, long pid, Instant processStarted) {
        long id = execution(status);
        JobExecution execution = jobRepository.getJobExecution(id);
        ExecutionContext context = execution.getExecutionContext();
        context.putString("run.host", host);
        context.putLong("run.pid", pid);
        context.putLong("run.execution", id);
        if (processStarted != null) {
            context.putLong("run.process-started", processStarted.toEpochMilli());
        }
        jobRepository.updateExecutionContext(execution);
        return id;
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
