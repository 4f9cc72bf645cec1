package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.programme.Programme;
import cn.villagestats.programme.Programmes;
import cn.villagestats.validation.StagedRow;
import cn.villagestats.validation.ValidatedRow;
import cn.villagestats.validation.Violation;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of validated rows of one return: accepted rows to their programme's staging
 * table, rejected cells alike; nothing once the return was rejected whole in the middle of the
 * chunk (a sheet over the row limit, say). An accepted row no programme stages fails the load.
 */
class StagingWriter implements ItemWriter<ValidatedRow> {

    private final ReturnLoad load;
    private final StagingRepository staging;
    private final Programmes programmes;

    StagingWriter(ReturnLoad load, StagingRepository staging, Programmes programmes) {
        this.load = load;
        this.staging = staging;
        this.programmes = programmes;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) {
        if (load.isRejected()) {
            return;
        }
        Map<Programme<?>, List<StagedRow>> accepted = new IdentityHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (ValidatedRow row : chunk) {
            if (!row.isAccepted()) {
                violations.addAll(row.violations());
            } else {
                accepted.computeIfAbsent(programmes.staging(row.record()), p -> new ArrayList<>()).add(row.record());
            }
        }
        long returnId = load.returnId();
        // in the programmes' order, as the rows were read
        for (Programme<?> programme : programmes.all()) {
            List<StagedRow> rows = accepted.get(programme);
            if (rows != null) {
                staging.insert(programme.table(), returnId, rows);
            }
        }
        staging.insertRejections(returnId, StagingRepository.ROW_REJECTION, violations);
    }
}
