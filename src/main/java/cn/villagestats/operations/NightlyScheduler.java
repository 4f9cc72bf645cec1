package cn.villagestats.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.villagestats.consolidation.PeriodLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/** Starts the consolidation of the current period on a cron schedule, for {@code serve}. */
final class NightlyScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);

    private final ConsolidationRunner runner;
    private final NightlyPlan plan;
    private final NightNotices notices;
    private final LastNightHealth health;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final AtomicBoolean consolidating = new AtomicBoolean();
    private ScheduledFuture<?> fires;

    NightlyScheduler(ConsolidationRunner runner, NightlyPlan plan, NightNotices notices, LastNightHealth health) {
        this.runner = runner;
        this.plan = plan;
        this.notices = notices;
        this.health = health;
        scheduler.setThreadNamePrefix("nightly-");
        scheduler.setPoolSize(1);
        // closing waits for a running consolidation (stopped first by serve) rather than interrupting it
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(Integer.MAX_VALUE);
    }

    void start(String cron) {
        scheduler.initialize();
        fires = scheduler.schedule(this::runTonight, new CronTrigger(cron, plan.zone()));
        log.info("Nightly consolidation scheduled at '{}' ({}), inboxes under {}", cron, plan.zone(),
                plan.inbox(plan.period()).getParent());
    }

    void runTonight() {
        YearMonth period = plan.period();
        Path inbox = plan.inbox(period);
        if (!Files.isDirectory(inbox)) {
            log.warn("No inbox {} for {}: nothing to consolidate tonight", inbox.toAbsolutePath(), period);
            return;
        }
        consolidating.set(true);
        try {
            RunReport report = runner.run(period, inbox, plan.out());
            log.info("Nightly consolidation of {} ended {} (execution #{}, exit code {})", period, report.status(),
                    report.executionId(), report.exitCode().code());
            health.ran(report);
            notices.ended(report);
        } catch (PeriodLockedException e) {
            log.error("Nightly consolidation of {} refused: {}", period, e.reasonEn());
            health.didNotRun(period.toString(), e.reasonEn());
            notices.refused(period.toString(), e.reasonZh());
        } catch (Exception e) {
            log.error("Nightly consolidation of {} could not start: {}", period, e.toString());
            health.didNotRun(period.toString(), e.toString());
            notices.refused(period.toString(), "未能启动 / could not start: " + e.getMessage());
        } finally {
            consolidating.set(false);
        }
    }

    /** No fire after this one; returns whether a consolidation is running now. */
    boolean stopFiring() {
        if (fires != null) {
            fires.cancel(false);
        }
        return consolidating.get();
    }

    boolean isConsolidating() {
        return consolidating.get();
    }

    @Override
    public void close() {
        scheduler.shutdown();
    }
}
