package cn.villagestats.operations;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import cn.villagestats.consolidation.ConsolidationParameters;
import cn.villagestats.consolidation.DeadRuns;
import cn.villagestats.consolidation.FailureReasons;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Prints the run history and one run's steps for the operator, one line each. */
final class StatusPrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;
    private final LongFunction<Optional<String>> returnFiles;
    private final Predicate<JobExecution> dead;

    /**
     * {@code returnFiles} names the file of a return id, so that a partition's line says which file it loaded;
     * {@code dead} tells a run shown running whose process is gone, printed DEAD rather than STARTED.
     */
    StatusPrinter(PrintStream out, LongFunction<Optional<String>> returnFiles, Predicate<JobExecution> dead) {
        this.out = out;
        this.returnFiles = returnFiles;
        this.dead = dead;
    }

    void executions(List<JobExecution> executions) {
        if (executions.isEmpty()) {
            out.println("No consolidation has run yet.");
            return;
        }
        out.printf("%-6s %-8s %-19s %-19s %-10s %8s %8s %8s  %s%n", "id", "period", "started", "ended", "status",
                "accepted", "rejected", "missing", "reason");
        for (JobExecution e : executions) {
            ExecutionContext context = e.getExecutionContext();
            boolean gone = dead.test(e);
            out.printf("%-6s %-8s %-19s %-19s %-10s %8s %8s %8s  %s%n", "#" + e.getId(),
                    ConsolidationParameters.period(e.getJobParameters()), time(e.getStartTime()), time(e.getEndTime()),
                    gone ? "DEAD" : e.getStatus(), count(context, "villages.accepted"),
                    count(context, "files.rejected"), count(context, "villages.missing"),
                    gone ? DeadRuns.REASON : FailureReasons.of(e));
        }
    }

    void steps(JobExecution execution) {
        executions(List.of(execution));
        out.printf("%nparameters: %s%n%n", execution.getJobParameters().parameters().stream()
                .map(p -> p.name() + "=" + p.value()).sorted().collect(Collectors.joining(", ")));
        out.printf("%-36s %-10s %8s %8s %8s  %s%n", "step", "status", "read", "written", "skipped", "file / exit");
        execution.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId)).forEach(s ->
                out.printf("%-36s %-10s %8d %8d %8d  %s%n", s.getStepName(), s.getStatus(), s.getReadCount(),
                        s.getWriteCount(), s.getSkipCount(), join(fileOf(s), FailureReasons.of(s))));
    }

    /** The return a partition of the load read, from its step context. */
    private String fileOf(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        return context.containsKey("returnId") ? returnFiles.apply(context.getLong("returnId")).orElse("") : "";
    }

    private static String join(String file, String reason) {
        return file.isEmpty() || reason.isEmpty() ? file + reason : file + " — " + reason;
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : time.format(TIME);
    }

    private static String count(ExecutionContext context, String key) {
        return context.containsKey(key) ? String.valueOf(context.getInt(key)) : "-";
    }
}
