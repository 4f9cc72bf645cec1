package cn.villagestats.operations;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import cn.villagestats.consolidation.ConsolidationParameters;
import cn.villagestats.consolidation.DeadRuns;
import cn.villagestats.consolidation.PeriodLock;
import cn.villagestats.consolidation.PeriodLockedException;
import cn.villagestats.reporting.ReturnReports;
import cn.villagestats.reporting.TotalsRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
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

    /** What a finished run did; a run refused because its period was taken is reported as the refusal. */
    RunReport report(JobExecution execution, String period, Path out) {
        PeriodLockedException.in(execution).ifPresent(refusal -> {
            throw refusal;
        });
        return new RunReport(execution.getId(), execution.getStatus(), period, out,
                reports.outcomes(period), totals.township(period), totals.missingVillages(period),
                execution.getAllFailureExceptions().stream().map(Throwable::toString).toList());
    }
}
