package cn.villagestats.operations;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.villagestats.consolidation.ConsolidationParameters;
import cn.villagestats.consolidation.DeadRuns;
import cn.villagestats.consolidation.PeriodLock;
import cn.villagestats.consolidation.PeriodLockedException;
import cn.villagestats.reporting.ReturnReports;
import cn.villagestats.reporting.TotalsRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts one night's consolidation of a period and gathers what the operator is shown. */
@Component
class ConsolidationRunner {

    private static final DateTimeFormatter RUN_KEY = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    private final JobOperator jobOperator;
    private final Job consolidateReturnsJob;
    private final ReturnReports reports;
    private final TotalsRepository totals;
    private final PeriodLock periodLock;
    private final DeadRuns deadRuns;

    ConsolidationRunner(JobOperator jobOperator, @Qualifier("consolidateReturnsJob") Job consolidateReturnsJob,
                        ReturnReports reports, TotalsRepository totals, PeriodLock periodLock, DeadRuns deadRuns) {
        this.jobOperator = jobOperator;
        this.consolidateReturnsJob = consolidateReturnsJob;
        this.reports = reports;
        this.totals = totals;
        this.periodLock = periodLock;
        this.deadRuns = deadRuns;
    }

    RunReport run(YearMonth period, Path inbox, Path out) throws Exception {
        // each night's run is a new job instance; a rerun restarts a failed one instead
        String runKey = LocalDateTime.now().format(RUN_KEY);
        // a run left running by a process that died (kill -9, a power cut) must not hold this night up
        deadRuns.closeAll(consolidateReturnsJob.getName());
        // say so before starting when another run holds the period; the job's own lock settles a race
        periodLock.checkFree(period.toString());
        JobParameters parameters = ConsolidationParameters.of(period, inbox, runKey, out);
        JobExecution execution = jobOperator.start(consolidateReturnsJob, parameters);
        return report(execution, period.toString(), out);
    }

    /**
     * Why the run failed, in words, each reason once. The load's own step only says that a return's
     * partition failed: left out when that partition's reason is there.
     */
    private static List<String> failures(JobExecution execution) {
        List<Throwable> all = execution.getAllFailureExceptions();
        boolean partitionsSaidWhy = all.stream().anyMatch(e -> !(e instanceof JobExecutionException));
        return all.stream().filter(e -> !(partitionsSaidWhy && e instanceof JobExecutionException))
                .map(e -> PlainReasons.of(e).line()).distinct().toList();
    }

    /** Whether this run, or the run it resumed, got through the step: a rerun skips the steps completed before. */
    private static boolean completed(JobExecution execution, String step) {
        return execution.getStatus() == BatchStatus.COMPLETED || execution.getStepExecutions().stream()
                .anyMatch(s -> s.getStepName().equals(step) && s.getStatus() == BatchStatus.COMPLETED);
    }

    /** What a finished run did; a run refused because its period was taken is reported as the refusal. */
    RunReport report(JobExecution execution, String period, Path out) {
        PeriodLockedException.in(execution).ifPresent(refusal -> {
            throw refusal;
        });
        boolean aggregated = completed(execution, "aggregateTotalsStep");
        return new RunReport(execution.getId(), execution.getStatus(), period, out,
                reports.outcomes(period), aggregated ? totals.township(period) : List.of(),
                aggregated ? totals.missingVillages(period) : List.of(),
                failures(execution),
                aggregated, completed(execution, "exportTotalsStep"));
    }
}
