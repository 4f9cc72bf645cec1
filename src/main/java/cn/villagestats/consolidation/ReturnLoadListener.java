package cn.villagestats.consolidation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Records what became of one return once its load step ends. A load that failed (a
 * database error, say) leaves the return pending, so the rerun loads it again. So does a
 * failure to record the outcome: Spring Batch has saved the step as completed by then and
 * would only log the error, so the step is marked failed here, and the run with it.
 */
class ReturnLoadListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReturnLoadListener.class);

    private final ReturnLoad load;
    private final ReturnLedger ledger;
    private final StagingRepository staging;

    ReturnLoadListener(ReturnLoad load, ReturnLedger ledger, StagingRepository staging) {
        this.load = load;
        this.ledger = ledger;
        this.staging = staging;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        try {
            return record(stepExecution.getJobExecutionId());
        } catch (RuntimeException e) {
            log.error("The outcome of return {} could not be recorded; it stays pending for the rerun",
                    load.fileName(), e);
            stepExecution.setStatus(BatchStatus.FAILED);
            stepExecution.addFailureException(e);
            return ExitStatus.FAILED.addExitDescription(e);
        }
    }

    private ExitStatus record(long executionId) {
        if (load.isRejected()) {
            staging.clear(load.returnId());
            ledger.recordRejected(load.returnId(), load.rejectedVillageCode(), load.rejectedVillageName(),
                    load.reasonZh(), load.reasonEn(), executionId);
            if (load.rejectedVillageCode() != null) {
                log.warn("Return {} of {} ({}) rejected: {}", load.fileName(),
                        load.rejectedVillageName() == null ? "a village" : load.rejectedVillageName(),
                        load.rejectedVillageCode(), load.reasonEn());
            } else {
                log.warn("Return {} rejected: {}", load.fileName(), load.reasonEn());
            }
            return new ExitStatus("REJECTED", load.reasonEn());
        }
        staging.insertWarnings(load.returnId(), StagingRepository.LOAD_WARNING, load.warnings());
        ledger.recordAccepted(load.returnId(), load.cover().villageCode(), load.cover().villageName(),
                load.toiletSheet(), load.rowsRead(), executionId);
        log.info("Return {} loaded for {} ({}): {} rows read", load.fileName(), load.cover().villageName(),
                load.cover().villageCode(), load.rowsRead());
        return null;
    }
}
