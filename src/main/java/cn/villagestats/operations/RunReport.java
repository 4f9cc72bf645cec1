package cn.villagestats.operations;

import java.nio.file.Path;
import java.util.List;

import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.TownshipTotal;
import cn.villagestats.reporting.VillageTotals;
import org.springframework.batch.core.BatchStatus;

/**
 * What one run did, as the operator is shown it and as the exit code reflects it. The totals and
 * the missing villages are this run's only once it aggregated, and its exports exist only once it exported.
 */
record RunReport(long executionId, BatchStatus status, String period, Path out, List<ReturnOutcome> returns,
                 List<TownshipTotal> totals, List<VillageTotals> missingVillages, List<String> failures,
                 boolean aggregated, boolean exported) {

    long rejectedReturns() {
        return returns.stream().filter(r -> r.status().equals("rejected")).count();
    }

    ExitCode exitCode() {
        if (status != BatchStatus.COMPLETED) {
            return ExitCode.JOB_FAILED;
        }
        return rejectedReturns() > 0 || !missingVillages().isEmpty() ? ExitCode.INCOMPLETE : ExitCode.OK;
    }
}
