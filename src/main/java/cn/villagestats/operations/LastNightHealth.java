package cn.villagestats.operations;

import java.util.Optional;

import cn.villagestats.consolidation.ConsolidationParameters;
import cn.villagestats.consolidation.FailureReasons;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code serve}'s health ({@code /actuator/health}, component {@code nightly}): DOWN while the
 * last scheduled night failed or could not start, until it (or a later run of its period)
 * completes, as a {@code rerun} does.
 */
@Component("nightly")
class LastNightHealth implements HealthIndicator {

    private final ExecutionHistory history;
    private volatile Night last;

    LastNightHealth(ExecutionHistory history) {
        this.history = history;
    }

    /** What the scheduler's last fire did: the run it started (null if none) and why it did not run. */
    private record Night(String period, Long executionId, String reason) {
    }

    void ran(RunReport report) {
        last = new Night(report.period(), report.executionId(), null);
    }

    void didNotRun(String period, String reason) {
        last = new Night(period, null, reason);
    }

    @Override
    public Health health() {
        Night night = last;
        if (night == null) {
            return Health.up().build();
        }
        if (night.executionId() == null) {
            return Health.down().withDetail("period", night.period()).withDetail("reason", night.reason()).build();
        }
        JobExecution run = history.find(night.executionId()).orElse(null);
        if (run == null || completed(run)) {
            return Health.up().withDetail("period", night.period()).build();
        }
        return Health.down().withDetail("period", night.period()).withDetail("execution", run.getId())
                .withDetail("reason", FailureReasons.of(run)).build();
    }

    /** The run completed, was rerun to completion, or a later run of its period completed. */
    private boolean completed(JobExecution run) {
        if (run.getStatus() == BatchStatus.COMPLETED) {
            return true;
        }
        String period = ConsolidationParameters.period(run.getJobParameters());
        Optional<JobExecution> later = history.recent(50).stream()
                .filter(e -> e.getId() > run.getId())
                .filter(e -> period.equals(ConsolidationParameters.period(e.getJobParameters())))
                .filter(e -> e.getStatus() == BatchStatus.COMPLETED)
                .findFirst();
        return later.isPresent();
    }
}
