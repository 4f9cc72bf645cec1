package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Brings the ledger in line with the inbox: a new or changed file becomes a pending
 * return, an unchanged one keeps its outcome (it is not read again), a file gone from the
 * inbox is forgotten with its rows. Rejected returns are retried, since the registry may
 * have been corrected since.
 */
class DiscoverReturnsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverReturnsTasklet.class);

    private final Inbox inbox;
    private final String period;
    private final ReturnLedger ledger;
    private final StagingRepository staging;
    private final Executor pool;

    DiscoverReturnsTasklet(Inbox inbox, String period, ReturnLedger ledger, StagingRepository staging, Executor pool) {
        this.inbox = inbox;
        this.period = period;
        this.ledger = ledger;
        this.staging = staging;
        this.pool = pool;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, StoredReturn> known = new HashMap<>();
        ledger.findByPeriod(period).forEach(r -> known.put(r.fileName(), r));
        List<InboxFile> files = inbox.files(pool);
        for (String folder : inbox.subfolders()) {
            log.warn("收件箱中的子文件夹“{}”未读取：报表须直接放在收件箱中 / inbox subfolder {} ignored", folder, folder);
        }
        List<InboxFile> fresh = new ArrayList<>();
        List<Long> retried = new ArrayList<>();
        int unfinished = 0;
        for (InboxFile file : files) {
            StoredReturn before = known.remove(file.name());
            if (before != null && before.sha256().equals(file.sha256())) {
                if (before.status() == ReturnStatus.REJECTED) {
                    retried.add(before.id());
                } else if (before.status() == ReturnStatus.PENDING) {
                    // left pending by a run that failed or died before loading it: the load takes it now
                    unfinished++;
                }
                continue;
            }
            if (before != null) {
                forget(before.id());
            }
            fresh.add(file);
        }
        known.values().forEach(gone -> forget(gone.id()));
        // a changed file's old return was forgotten above: its new one takes the same name
        ledger.insertPending(period, fresh);
        ledger.markPending(retried);
        int toLoad = fresh.size() + retried.size() + unfinished;
        files.forEach(f -> contribution.incrementReadCount());
        contribution.incrementWriteCount(toLoad);
        log.info("Inbox for {}: {} files, {} to load, {} unchanged, {} gone", period, files.size(), toLoad,
                files.size() - toLoad, known.size());
        return RepeatStatus.FINISHED;
    }

    /** The staged rows go first: no foreign key removes them with the return (V4). */
    private void forget(long returnId) {
        staging.clear(returnId);
        ledger.delete(returnId);
    }
}
