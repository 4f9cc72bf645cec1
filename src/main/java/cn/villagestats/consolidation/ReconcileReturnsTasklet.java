package cn.villagestats.consolidation;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The rules that span returns, applied once every return is loaded, in one transaction:
 * which return counts for each village, township-wide repeated 身份证号, and the final
 * per-return row counts.
 */
class ReconcileReturnsTasklet implements Tasklet {

    private final String period;
    private final Supersession supersession;
    private final DuplicateIdNumbers duplicates;
    private final ReturnLedger ledger;

    ReconcileReturnsTasklet(String period, Supersession supersession, DuplicateIdNumbers duplicates,
                            ReturnLedger ledger) {
        this.period = period;
        this.supersession = supersession;
        this.duplicates = duplicates;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        supersession.apply(period);
        duplicates.apply(period);
        ledger.refreshCounts(period);
        return RepeatStatus.FINISHED;
    }
}
