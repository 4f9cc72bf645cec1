package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;

/**
 * Runs {@code loadReturnStep} once per return on the load's pool, as Spring Batch's
 * {@code TaskExecutorPartitionHandler} does, except that a return starts as soon as its step
 * execution is saved rather than once all of them are: saving a county's 1,000 executions is
 * two thousand commits of the job repository (a second on PostgreSQL), which the first loads
 * now overlap. Once a return's load has lost the database, the returns not yet started fail
 * at once instead of each waiting for a connection.
 */
final class ReturnPartitionHandler implements PartitionHandler {

    private static final String LOST = "数据库连接已断开，未开始 / not started: the database was lost";

    private final Step step;
    private final TaskExecutor pool;

    ReturnPartitionHandler(Step step, TaskExecutor pool) {
        this.step = step;
        this.pool = pool;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerExecution)
            throws Exception {
        if (!(splitter instanceof ReturnPartitionSplitter returns)) {
            throw new IllegalArgumentException("the load's partitions are split by a ReturnPartitionSplitter");
        }
        // the restart rules may refuse the rerun: decided for every return before any starts
        List<ReturnPartitionSplitter.Partition> plan = returns.plan(managerExecution);
        Set<StepExecution> ended = new LinkedHashSet<>();
        AtomicBoolean databaseLost = new AtomicBoolean();
        List<FutureTask<StepExecution>> started = new ArrayList<>(plan.size());
        try {
            for (ReturnPartitionSplitter.Partition partition : plan) {
                StepExecution execution = returns.create(partition, managerExecution.getJobExecution());
                start(execution, started, ended, databaseLost);
            }
        } catch (RuntimeException e) {
            // the step must not end while a return it started is still loading
            awaitQuietly(started);
            throw e;
        }
        for (FutureTask<StepExecution> task : started) {
            ended.add(task.get());
        }
        return ended;
    }

    private void start(StepExecution execution, List<FutureTask<StepExecution>> started, Set<StepExecution> ended,
                       AtomicBoolean databaseLost) {
        FutureTask<StepExecution> task = new FutureTask<>(() -> {
            if (databaseLost.get()) {
                // each would wait the full timeout for a connection in turn: failed here, unsaved, and
                // closed as failed by the rerun, which loads it again
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription(LOST));
                return execution;
            }
            step.execute(execution);
            if (execution.getStatus() == BatchStatus.FAILED && LostDatabase.among(execution.getFailureExceptions())) {
                databaseLost.set(true);
            }
            return execution;
        });
        try {
            pool.execute(task);
            started.add(task);
        } catch (TaskRejectedException e) {
            // as Batch's handler: a return the pool refused fails alone
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(
                    ExitStatus.FAILED.addExitDescription("TaskExecutor rejected the task for this step."));
            ended.add(execution);
        }
    }

    private static void awaitQuietly(List<FutureTask<StepExecution>> started) {
        for (FutureTask<StepExecution> task : started) {
            try {
                task.get();
            } catch (ExecutionException e) {
                // its own failure is recorded in its step execution
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
