package cn.villagestats.operations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;

import cn.villagestats.consolidation.DeadRuns;
import cn.villagestats.consolidation.ReturnLedger;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The commands that need the database: run, status, rerun, stop, abandon, recover and
 * serve. Each prints what an operator needs to read and returns the exit code.
 */
@Component
class OperatorConsole {

    private final ConsolidationRunner runner;
    private final ExecutionHistory history;
    private final ExecutionControl control;
    private final NightlyPlan plan;
    private final ReturnLedger ledger;
    private final String cron;
    private final DeadRuns deadRuns;

    OperatorConsole(ConsolidationRunner runner, ExecutionHistory history, ExecutionControl control,
                    NightlyPlan plan, ReturnLedger ledger,
                    @Value("${villagestats.schedule.cron:0 0 2 * * *}") String cron, DeadRuns deadRuns) {
        this.runner = runner;
        this.history = history;
        this.control = control;
        this.plan = plan;
        this.ledger = ledger;
        this.cron = cron;
        this.deadRuns = deadRuns;
    }

    /** A run of the given period and inbox; either left out means tonight's, by the {@link NightlyPlan}. */
    int run(YearMonth period, Path inbox, Path out, PrintStream console) throws Exception {
        YearMonth month = period != null ? period : plan.period();
        Path folder = inbox != null ? inbox : plan.inbox(month);
        if (!folder.toFile().isDirectory()) {
            throw new OperatorException("收件箱不存在 / the inbox is not a folder: " + folder.toAbsolutePath());
        }
        RunReport report = runner.run(month, folder, out != null ? out : plan.out());
        new RunReportPrinter(console).print(report);
        return report.exitCode().code();
    }

    int status(Long executionId, int limit, PrintStream console) {
        StatusPrinter printer = new StatusPrinter(console, ledger::fileName, deadRuns::isDead);
        if (executionId == null) {
            printer.executions(history.recent(limit));
        } else {
            printer.steps(history.find(executionId).orElseThrow(() -> new OperatorException(
                    "没有编号为 #" + executionId + " 的作业 / there is no run #" + executionId)));
        }
        return ExitCode.OK.code();
    }

    int rerun(Long executionId, PrintStream console) throws Exception {
        RunReport report = control.rerun(executionId);
        new RunReportPrinter(console).print(report);
        return report.exitCode().code();
    }

    int stop(long executionId, PrintStream console) throws Exception {
        return printed(control.stop(executionId), "stop requested", console);
    }

    int abandon(long executionId, PrintStream console) throws Exception {
        return printed(control.abandon(executionId), "abandoned: it will not be rerun", console);
    }

    int recover(long executionId, PrintStream console) {
        return printed(control.recover(executionId), "recovered: rerun it with 'rerun --execution "
                + executionId + "'", console);
    }

    /** Keeps running, starting tonight's consolidation on the cron schedule, until the process is stopped. */
    int serve(PrintStream console) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (NightlyScheduler scheduler = new NightlyScheduler(runner, plan)) {
            scheduler.start(cron);
            console.printf("Serving: consolidation scheduled at '%s' (%s). Stop with Ctrl-C or SIGTERM.%n", cron,
                    plan.zone());
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCode.OK.code();
    }

    private int printed(JobExecution execution, String what, PrintStream console) {
        console.printf("Run #%d: %s (now %s)%n", execution.getId(), what, execution.getStatus());
        return ExitCode.OK.code();
    }
}
