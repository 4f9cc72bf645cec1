package cn.villagestats.operations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;

import cn.villagestats.consolidation.PeriodLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The commands that need the application's context: run, rerun, stop, abandon, recover and
 * serve ({@code status} reads the database without it, {@link StatusCommand}). Each prints what an operator needs to read and returns the exit code.
 */
@Component
class OperatorConsole {

    private static final Logger log = LoggerFactory.getLogger(OperatorConsole.class);

    private final ConsolidationRunner runner;
    private final ExecutionControl control;
    private final NightlyPlan plan;
    private final NightNotices notices;
    private final LastNightHealth health;
    private final String cron;

    OperatorConsole(ConsolidationRunner runner, ExecutionControl control,
                    NightlyPlan plan, NightNotices notices, LastNightHealth health,
                    @Value("${villagestats.schedule.cron:0 0 2 * * *}") String cron) {
        this.runner = runner;
        this.control = control;
        this.plan = plan;
        this.notices = notices;
        this.health = health;
        this.cron = cron;
    }

    /** A run of the given period and inbox; either left out means tonight's, by the {@link NightlyPlan}. */
    int run(YearMonth period, Path inbox, Path out, PrintStream console) throws Exception {
        YearMonth month = period != null ? period : plan.period();
        Path folder = inbox != null ? inbox : plan.inbox(month);
        if (!folder.toFile().isDirectory()) {
            notices.refused(month.toString(), "收件箱不存在：" + folder.toAbsolutePath());
            throw new OperatorException("收件箱不存在 / the inbox is not a folder: " + folder.toAbsolutePath());
        }
        RunReport report;
        try (Termination termination = Termination.install()) {
            Thread stopper = new Thread(() -> stopWhenAsked(termination), "stop-on-signal");
            stopper.setDaemon(true);
            stopper.start();
            try {
                report = runner.run(month, folder, out != null ? out : plan.out());
            } finally {
                stopper.interrupt();
            }
        } catch (PeriodLockedException e) {
            notices.refused(month.toString(), e.reasonZh());
            throw e;
        } catch (Exception e) {
            notices.refused(month.toString(), "未能启动 / could not start: " + e.getMessage());
            throw e;
        }
        new RunReportPrinter(console).print(report);
        notices.ended(report);
        return report.exitCode().code();
    }

    /** Once a signal asks the process to end, stops its run as {@code stop} does (retried until the run exists). */
    private void stopWhenAsked(Termination termination) {
        try {
            termination.await();
            while (control.stopRunsOfThisProcess().isEmpty()) {
                Thread.sleep(200);
            }
        } catch (InterruptedException finished) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.error("Could not stop the run on {}: {}", termination.signal(), e.toString());
        }
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
    int serve(PrintStream console) throws Exception {
        try (Termination termination = Termination.install();
             NightlyScheduler scheduler = new NightlyScheduler(runner, plan, notices, health)) {
            scheduler.start(cron);
            console.printf("Serving: consolidation scheduled at '%s' (%s). Stop with Ctrl-C or SIGTERM.%n", cron,
                    plan.zone());
            termination.await();
            if (!scheduler.stopFiring()) {
                log.info("Stopped by {}: no consolidation was running", termination.signal());
                return ExitCode.OK.code();
            }
            // the run's own line says it stopped and how to resume it; closing the scheduler waits for it
            while (scheduler.isConsolidating() && control.stopRunsOfThisProcess().isEmpty()) {
                Thread.sleep(200);
            }
        }
        return ExitCode.OK.code();
    }

    private int printed(JobExecution execution, String what, PrintStream console) {
        console.printf("Run #%d: %s (now %s)%n", execution.getId(), what, execution.getStatus());
        return ExitCode.OK.code();
    }
}
