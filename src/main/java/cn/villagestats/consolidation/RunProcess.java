package cn.villagestats.consolidation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Tells a run whose process is alive from one whose process died (a power cut, a
 * {@code kill -9}): each run records its host, process id and that process's start time
 * when it starts. On its own host a run is alive while a process of that id and start time
 * exists, so a reused pid (every container's pid 1) is not taken for the run.
 */
public final class RunProcess {

    private static final String HOST = "run.host";
    private static final String PID = "run.pid";
    private static final String PROCESS_STARTED = "run.process-started";
    private static final String EXECUTION = "run.execution";
    /** /proc gives a process's start in clock ticks; two readings of one process agree well within this. */
    private static final Duration SAME_START = Duration.ofSeconds(1);

    private RunProcess() {
    }

    static void record(ExecutionContext context, long executionId) {
        ProcessHandle self = ProcessHandle.current();
        context.putString(HOST, thisHost());
        context.putLong(PID, self.pid());
        self.info().startInstant().ifPresent(start -> context.putLong(PROCESS_STARTED, start.toEpochMilli()));
        // a rerun's execution starts with its predecessor's context: these keys speak for this execution only
        context.putLong(EXECUTION, executionId);
    }

    /**
     * Whether the process that runs the execution is alive, when this host can tell: empty when
     * the run was recorded on another host, or not recorded yet (a rerun's first moments still
     * carry the failed run's process).
     */
    public static Optional<Boolean> aliveOnThisHost(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (!context.containsKey(PID) || !thisHost().equals(context.getString(HOST, ""))) {
            return Optional.empty();
        }
        if (context.containsKey(EXECUTION) && context.getLong(EXECUTION) != execution.getId()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(context.getLong(PID)).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !context.containsKey(PROCESS_STARTED)) {
            return Optional.of(process.isPresent());
        }
        Instant recorded = Instant.ofEpochMilli(context.getLong(PROCESS_STARTED));
        return Optional.of(process.get().info().startInstant()
                .map(start -> Duration.between(start, recorded).abs().compareTo(SAME_START) <= 0)
                .orElse(true));
    }

    /** True when this very process runs the execution. */
    public static boolean isThisProcess(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        return context.containsKey(PID) && context.getLong(PID) == ProcessHandle.current().pid()
                && thisHost().equals(context.getString(HOST, ""))
                && context.containsKey(EXECUTION) && context.getLong(EXECUTION) == execution.getId();
    }

    /** True when the run was started on this host by a process that no longer exists. */
    public static boolean isGone(JobExecution execution) {
        return aliveOnThisHost(execution).map(alive -> !alive).orElse(false);
    }

    /** True when the run was started on this host by a process that still exists. */
    public static boolean isAlive(JobExecution execution) {
        return aliveOnThisHost(execution).orElse(false);
    }

    public static String describe(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        return "pid " + (context.containsKey(PID) ? context.getLong(PID) : "?") + " on "
                + context.getString(HOST, "an unknown host");
    }

    private static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
