package cn.villagestats.operations;

import java.util.ArrayList;
import java.util.List;

import cn.villagestats.consolidation.ConsolidationParameters;
import cn.villagestats.consolidation.DeadRuns;
import cn.villagestats.consolidation.RunProcess;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The operator's levers on a run: rerun a failed one where it stopped, stop or abandon a
 * running one, and recover one whose process died, so that it can be rerun.
 */
@Component
class ExecutionControl {

    private final JobOperator jobOperator;
    private final ExecutionHistory history;
    private final ConsolidationRunner runner;
    private final DeadRuns deadRuns;

    ExecutionControl(JobOperator jobOperator, ExecutionHistory history, ConsolidationRunner runner,
                     DeadRuns deadRuns) {
        this.jobOperator = jobOperator;
        this.history = history;
        this.runner = runner;
        this.deadRuns = deadRuns;
    }

    /**
     * Restarts the run through {@link JobOperator#restart}: completed steps and returns
     * already loaded are skipped. A run left running by a process that died is closed as
     * failed first.
     */
    RunReport rerun(Long executionId) throws Exception {
        JobExecution failed = executionId != null ? existing(executionId)
                : history.latestUnfinished().orElseThrow(() -> new OperatorException(
                        "没有需要重跑的作业 / there is no failed or stopped run to rerun"));
        if (!history.isLastOfItsInstance(failed)) {
            throw new OperatorException("作业 #" + failed.getId() + " 已被重跑过 / run #" + failed.getId()
                    + " was rerun already; rerun its latest execution instead");
        }
        JobExecution newer = history.newerRunOfItsPeriod(failed).orElse(null);
        if (newer != null) {
            // resumed after it, this run would aggregate returns the newer one loaded but never reconciled
            throw new OperatorException("作业 #" + failed.getId() + " 之后本期已有作业 #" + newer.getId()
                    + " / run #" + failed.getId() + " is older than run #" + newer.getId() + " of the same period; "
                    + "rerun #" + newer.getId() + " if it failed, or start a new run with 'run'");
        }
        if (failed.getStatus() == BatchStatus.COMPLETED || failed.getStatus() == BatchStatus.ABANDONED) {
            throw new OperatorException("run #" + failed.getId() + " is " + failed.getStatus()
                    + " and cannot be rerun; start a new run with 'run'");
        }
        if (failed.isRunning()) {
            if (!deadRuns.isDead(failed)) {
                throw new OperatorException("run #" + failed.getId() + " is still running ("
                        + RunProcess.describe(failed) + "); stop it first with 'stop --execution "
                        + failed.getId() + "'");
            }
            failed = deadRuns.close(failed);
        }
        // a run whose database was lost may have left steps STARTED or UNKNOWN, which Batch will not restart
        failed = deadRuns.closeLeftOpen(failed);
        JobExecution rerun = jobOperator.restart(failed);
        return runner.report(rerun, ConsolidationParameters.period(rerun.getJobParameters()),
                ConsolidationParameters.out(rerun.getJobParameters()));
    }

    /**
     * Stops, as {@code stop} does, the runs this process is consolidating and has not been asked
     * to stop yet; for a signal that ends the process. Returns the runs asked.
     */
    List<JobExecution> stopRunsOfThisProcess() throws Exception {
        List<JobExecution> asked = new ArrayList<>();
        for (JobExecution execution : history.running()) {
            // asked once: a second request would save the execution again under the job's feet
            if (execution.getStatus() != BatchStatus.STOPPING && RunProcess.isThisProcess(execution)) {
                try {
                    jobOperator.stop(execution);
                    asked.add(execution);
                } catch (JobExecutionNotRunningException | OptimisticLockingFailureException changedMeanwhile) {
                    // it ended, or saved itself since it was read: the caller asks again if it still runs
                }
            }
        }
        return asked;
    }

    JobExecution stop(long executionId) throws Exception {
        JobExecution execution = existing(executionId);
        jobOperator.stop(execution);
        return history.find(executionId).orElse(execution);
    }

    /**
     * Gives a run up for good. A run asked to stop (STOPPING) may still be loading: abandoned,
     * it would free its period for a new run beside it, so its process must be gone first.
     */
    JobExecution abandon(long executionId) throws Exception {
        JobExecution execution = existing(executionId);
        if (execution.isRunning() && !deadRuns.isDead(execution)) {
            throw new OperatorException("作业 #" + executionId + " 仍在运行，请等它停止 / run #" + executionId
                    + " is still " + execution.getStatus() + " (" + RunProcess.describe(execution)
                    + "); wait until it has stopped, then abandon it");
        }
        return jobOperator.abandon(execution);
    }

    /**
     * Marks a run whose process is gone as failed, so that it can be rerun. {@code run} and
     * {@code rerun} do so themselves; this is for a run the operator wants closed now.
     */
    JobExecution recover(long executionId) {
        JobExecution execution = existing(executionId);
        if (!execution.isRunning()) {
            throw new OperatorException("run #" + executionId + " is " + execution.getStatus()
                    + ", not left running: nothing to recover");
        }
        if (!deadRuns.isDead(execution)) {
            // marking a live run failed would let a rerun load the same returns beside it
            throw new OperatorException("run #" + executionId + " is still running (" + RunProcess.describe(execution)
                    + "); stop it with 'stop --execution " + executionId + "'");
        }
        return deadRuns.close(execution);
    }

    private JobExecution existing(long executionId) {
        return history.find(executionId).orElseThrow(() -> new OperatorException(
                "没有编号为 #" + executionId + " 的作业 / there is no run #" + executionId));
    }
}
