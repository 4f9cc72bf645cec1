package cn.villagestats.consolidation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tags every log line of a run with its execution id, records which process runs it (so a
 * crashed run can be told from a live one), and at the end keeps the run's village counts
 * on the execution and says loudly which step failed.
 */
class RunOutcomeListener implements JobExecutionListener {

    static final String MDC_EXECUTION = "execution";
    static final String VILLAGES_ACCEPTED = "villages.accepted";
    static final String FILES_REJECTED = "files.rejected";
    static final String VILLAGES_MISSING = "villages.missing";

    private static final Logger log = LoggerFactory.getLogger(RunOutcomeListener.class);

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;

    RunOutcomeListener(JdbcTemplate jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        MDC.put(MDC_EXECUTION, "#" + execution.getId());
        RunProcess.record(execution.getExecutionContext(), execution.getId());
        // saved now, not with the first step: a rerun starts from the failed run's context, whose
        // process is gone, and a second rerun must not take this live run for a dead one
        jobRepository.updateExecutionContext(execution);
        log.info("Consolidation of {} started (execution #{}, inbox {})",
                ConsolidationParameters.period(execution.getJobParameters()), execution.getId(),
                ConsolidationParameters.inbox(execution.getJobParameters()));
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            String period = ConsolidationParameters.period(execution.getJobParameters());
            ExecutionContext context = execution.getExecutionContext();
            context.putInt(VILLAGES_ACCEPTED, count("SELECT COUNT(DISTINCT village_code) FROM intake_return "
                    + "WHERE period = ? AND status = 'accepted'", period));
            context.putInt(FILES_REJECTED, count("SELECT COUNT(*) FROM intake_return WHERE period = ? "
                    + "AND status = 'rejected'", period));
            // registered villages less those with an accepted return: a village found by its key per
            // return, where NOT EXISTS scanned the period's returns once per village
            context.putInt(VILLAGES_MISSING, count("SELECT (SELECT COUNT(*) FROM village) - COUNT(DISTINCT "
                    + "v.code) FROM intake_return r JOIN village v ON v.code = r.village_code "
                    + "WHERE r.period = ? AND r.status = 'accepted'", period));
            jobRepository.updateExecutionContext(execution);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                log.info("Consolidation of {} completed (execution #{})", period, execution.getId());
            } else if (execution.getStatus() == BatchStatus.STOPPED) {
                // one line for the run: the returns it did not reach stopped too, each a step of its own
                log.info("Consolidation of {} stopped (execution #{}): resume it with 'rerun'", period,
                        execution.getId());
            } else {
                logFailedSteps(execution);
            }
        } finally {
            MDC.remove(MDC_EXECUTION);
        }
    }

    /** A failed step each; the returns' steps (a partition a return) as one line, however many failed. */
    private static void logFailedSteps(JobExecution execution) {
        List<StepExecution> failed = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED || s.getStatus() == BatchStatus.UNKNOWN)
                .toList();
        failed.stream().filter(step -> !step.getStepName().contains(":")).forEach(step -> log.error(
                "Execution #{} {} in step {}: {}", execution.getId(), execution.getStatus(), step.getStepName(),
                FailureReasons.of(step)));
        List<StepExecution> returns = failed.stream().filter(step -> step.getStepName().contains(":")).toList();
        if (!returns.isEmpty()) {
            log.error("Execution #{} {}: {} return(s) not loaded, the first {}: {}", execution.getId(),
                    execution.getStatus(), returns.size(), returns.get(0).getStepName(),
                    FailureReasons.of(returns.get(0)));
        }
    }

    private int count(String sql, String period) {
        Integer value = jdbc.queryForObject(sql, Integer.class, period);
        return value == null ? 0 : value;
    }
}
