package cn.villagestats.consolidation;

import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The rules that span returns, applied once every return is loaded, in one transaction:
 * which return counts for each village, township-wide repeated 身份证号, the final
 * per-return row counts, and warnings against the registry. The current returns' toilet
 * rows are read once, by the duplicate check, which counts them for the other two.
 */
class ReconcileReturnsTasklet implements Tasklet {

    private final String period;
    private final Supersession supersession;
    private final DuplicateIdNumbers duplicates;
    private final ReturnLedger ledger;
    private final RegistryWarnings registryWarnings;

    ReconcileReturnsTasklet(String period, Supersession supersession, DuplicateIdNumbers duplicates,
                            ReturnLedger ledger, RegistryWarnings registryWarnings) {
        this.registryWarnings = registryWarnings;
        this.period = period;
        this.supersession = supersession;
        this.duplicates = duplicates;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        supersession.apply(period);
        Map<Long, ToiletTally> toilets = duplicates.apply(period);
        ledger.refreshCounts(period, toilets);
        registryWarnings.apply(period, toilets);
        return RepeatStatus.FINISHED;
    }
}
