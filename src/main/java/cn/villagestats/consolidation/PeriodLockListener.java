package cn.villagestats.consolidation;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Holds the period's run lock for the whole job execution. A refusal in {@code beforeJob}
 * fails the execution before any step runs, with {@link PeriodLockedException} among its
 * failures; {@code afterJob} releases only a lock this execution holds.
 */
class PeriodLockListener implements JobExecutionListener {

    private final PeriodLock lock;

    PeriodLockListener(PeriodLock lock) {
        this.lock = lock;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        lock.acquire(ConsolidationParameters.period(execution.getJobParameters()), execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        lock.release(ConsolidationParameters.period(execution.getJobParameters()), execution.getId());
    }
}
