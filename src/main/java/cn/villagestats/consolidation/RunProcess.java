package cn.villagestats.consolidation;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Tells a run whose process is alive from one whose process died (a power cut, a
 * {@code kill -9}): each run records its host and process id when it starts.
 */
public final class RunProcess {

    private static final String HOST = "run.host";
    private static final String PID = "run.pid";

    private RunProcess() {
    }

    static void record(ExecutionContext context) {
        context.putString(HOST, thisHost());
        context.putLong(PID, ProcessHandle.current().pid());
    }

    /** True when the run was started on this host by a process that no longer exists. */
    public static boolean isGone(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (!context.containsKey(PID) || !thisHost().equals(context.getString(HOST, ""))) {
            return false;
        }
        return ProcessHandle.of(context.getLong(PID)).map(p -> !p.isAlive()).orElse(true);
    }

    /** True when the run was started on this host by a process that still exists. */
    public static boolean isAlive(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        return context.containsKey(PID) && thisHost().equals(context.getString(HOST, ""))
                && ProcessHandle.of(context.getLong(PID)).map(ProcessHandle::isAlive).orElse(false);
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
