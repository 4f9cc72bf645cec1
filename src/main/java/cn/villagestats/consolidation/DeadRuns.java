package cn.villagestats.consolidation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Finds runs the job repository shows running whose process is gone, and closes them as
 * failed so that the next night runs and a rerun resumes. On the run's own host its process
 * says (pid and start time, {@link RunProcess}); from another host, its {@link RunHeartbeat}
 * silent for longer than {@code villagestats.run.dead-after}.
 */
public class DeadRuns {

    /** The reason a run closed here shows in {@code status}. */
    public static final String REASON = "进程已退出 (the process died)";

    private static final String LEFT_OPEN = "未正常结束，重跑时重新执行 / left unfinished when the run failed; run again by the rerun";

    private static final Logger log = LoggerFactory.getLogger(DeadRuns.class);

    private final JobRepository jobRepository;
    private final RunHeartbeat heartbeat;
    private final Duration deadAfter;

    public DeadRuns(JobRepository jobRepository, RunHeartbeat heartbeat, Duration deadAfter) {
        this.jobRepository = jobRepository;
        this.heartbeat = heartbeat;
        this.deadAfter = deadAfter;
    }

    /** True when the execution is shown running but no process runs it any more. */
    public boolean isDead(JobExecution execution) {
        if (!execution.isRunning()) {
            return false;
        }
        Optional<Boolean> alive = RunProcess.aliveOnThisHost(execution);
        if (alive.isPresent()) {
            return !alive.get();
        }
        Optional<Duration> silence = heartbeat.silence(execution.getId());
        if (silence.isPresent()) {
            return silence.get().compareTo(deadAfter) > 0;
        }
        // no heartbeat yet: a run that never reached its first listener; judged by its last save
        LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated()
                : execution.getCreateTime();
        return last != null && Duration.between(last, LocalDateTime.now()).compareTo(deadAfter) > 0;
    }

    /**
     * True while the execution of that id runs; one whose process is gone is closed as
     * failed on the way, so that the caller may go on as after any failed run.
     */
    public boolean stillRunning(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution == null || !execution.isRunning()) {
            return false;
        }
        if (!isDead(execution)) {
            return true;
        }
        try {
            close(execution);
            return false;
        } catch (OptimisticLockingFailureException closedMeanwhile) {
            // another host or command closed it first
            return jobRepository.getJobExecution(executionId).isRunning();
        }
    }

    /** Closes every run of the job that is shown running but whose process is gone; returns how many. */
    public int closeAll(String jobName) {
        int closed = 0;
        for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
            if (stillRunning(execution.getId()) != execution.isRunning()) {
                closed++;
            }
        }
        return closed;
    }

    /** Marks a dead run and its unfinished steps FAILED with {@link #REASON}; returns it as saved. */
    public JobExecution close(JobExecution execution) {
        BatchStatus was = execution.getStatus();
        closeSteps(execution, REASON);
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(REASON));
        execution.setEndTime(LocalDateTime.now());
        jobRepository.update(execution);
        heartbeat.forget(execution.getId());
        log.warn("Run #{} was left {} by a process that is gone ({}): marked FAILED, {}", execution.getId(), was,
                RunProcess.describe(execution), REASON);
        return execution;
    }

    /**
     * Readies a run that ended without closing all it started (its database lost mid-run) for a
     * restart: steps left STARTED, STARTING or UNKNOWN, and the run itself if UNKNOWN, become
     * FAILED, so that the rerun resumes as after any failure. Returns the run as saved.
     */
    public JobExecution closeLeftOpen(JobExecution execution) {
        if (execution.isRunning()) {
            throw new IllegalStateException("run #" + execution.getId() + " is " + execution.getStatus());
        }
        closeSteps(execution, LEFT_OPEN);
        if (execution.getStatus() == BatchStatus.UNKNOWN) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(LEFT_OPEN));
            if (execution.getEndTime() == null) {
                execution.setEndTime(LocalDateTime.now());
            }
            jobRepository.update(execution);
        }
        return execution;
    }

    /** Closes the steps a run left running or UNKNOWN as FAILED, so that a restart may run them again. */
    private void closeSteps(JobExecution execution, String reason) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
                step.setEndTime(LocalDateTime.now());
                jobRepository.update(step);
            }
        }
    }
}
