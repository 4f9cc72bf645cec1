package cn.villagestats.operations;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.villagestats.consolidation.ConsolidationParameters;
import cn.villagestats.consolidation.FailureReasons;
import cn.villagestats.consolidation.PeriodLock;
import cn.villagestats.consolidation.PeriodLockedException;
import jakarta.annotation.PreDestroy;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The command line's levers for the web console and the API: {@code run} (on a thread of its
 * own, answering with the new run's id at once), {@code rerun}, {@code stop}, {@code abandon}
 * and {@code recover} through the same {@link OperatorConsole} and {@link ExecutionControl},
 * refused with the same words; and the runs as {@link RunView}s.
 */
@Component
public class ConsoleLevers {

    private static final long START_WAIT_MILLIS = 30_000;

    private final OperatorConsole console;
    private final ExecutionControl control;
    private final ExecutionHistory history;
    private final NightlyPlan plan;
    private final PeriodLock periodLock;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> new Thread(r, "console-run"));

    ConsoleLevers(OperatorConsole console, ExecutionControl control, ExecutionHistory history, NightlyPlan plan,
                  PeriodLock periodLock) {
        this.console = console;
        this.control = control;
        this.history = history;
        this.plan = plan;
        this.periodLock = periodLock;
    }

    /** Tonight's period, by the same rule as a run started without {@code --period}. */
    public YearMonth tonight() {
        return plan.period();
    }

    /** Starts the period's run as {@code run --period P} does; the id of the new run. */
    public long start(YearMonth period) {
        try {
            periodLock.checkFree(period.toString());
        } catch (PeriodLockedException e) {
            throw new RunRefusedException(e.reasonZh() + " / " + e.reasonEn());
        }
        if (!plan.inbox(period).toFile().isDirectory()) {
            throw new RunRefusedException("本期收件箱不存在，还没有任何报表 / the inbox "
                    + plan.inbox(period).toAbsolutePath() + " is not a folder");
        }
        return launched(() -> console.run(period, null, null, quiet()));
    }

    /** Reruns a failed or stopped run where it stopped, as {@code rerun --execution N} does. */
    public long rerun(long executionId) {
        return launched(() -> control.rerun(executionId));
    }

    public RunView stop(long executionId) {
        return refusedPlainly(() -> view(control.stop(executionId)));
    }

    public RunView abandon(long executionId) {
        return refusedPlainly(() -> view(control.abandon(executionId)));
    }

    public RunView recover(long executionId) {
        return refusedPlainly(() -> view(control.recover(executionId)));
    }

    public List<RunView> recent(int limit) {
        return history.recent(limit).stream().map(ConsoleLevers::view).toList();
    }

    public Optional<RunView> find(long executionId) {
        return history.find(executionId).map(ConsoleLevers::view);
    }

    /**
     * Runs {@code work} on the console's run thread and answers with the id of the run it
     * started, as soon as the job repository has it; a refusal the work meets first is thrown here.
     */
    private long launched(java.util.concurrent.Callable<?> work) {
        long newest = history.recent(1).stream().mapToLong(JobExecution::getId).findFirst().orElse(0);
        Future<?> done = runs.submit(work);
        long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            try {
                done.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: look for its execution below
            } catch (ExecutionException e) {
                throw refusal(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting a run", e);
            }
            Optional<JobExecution> started = history.recent(1).stream().filter(e -> e.getId() > newest).findFirst();
            if (started.isPresent()) {
                return started.get().getId();
            }
        }
        throw new IllegalStateException("the run did not start within " + START_WAIT_MILLIS / 1000 + " s");
    }

    private static RuntimeException refusal(Throwable cause) {
        if (cause instanceof OperatorException e) {
            return new RunRefusedException(e.getMessage());
        }
        if (cause instanceof PeriodLockedException e) {
            return new RunRefusedException(e.reasonZh() + " / " + e.reasonEn());
        }
        return cause instanceof RuntimeException e ? e : new IllegalStateException(cause);
    }

    private static RunView refusedPlainly(ThrowingSupplier<RunView> lever) {
        try {
            return lever.get();
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    static RunView view(JobExecution execution) {
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId)).toList();
        List<StepExecution> loads = steps.stream().filter(s -> s.getStepName().startsWith("loadReturnStep:")).toList();
        int loaded = (int) loads.stream().filter(s -> s.getStatus() == BatchStatus.COMPLETED).count();
        return new RunView(execution.getId(), ConsolidationParameters.period(execution.getJobParameters()),
                execution.getStatus().name(), execution.getStartTime(), execution.getEndTime(), loaded, loads.size(),
                FailureReasons.of(execution), execution.isRunning(),
                steps.stream().map(s -> new RunView.Step(s.getStepName(), s.getStatus().name(), s.getReadCount(),
                        s.getWriteCount(), s.getSkipCount(), FailureReasons.of(s))).toList());
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    @PreDestroy
    void close() {
        runs.shutdown();
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
