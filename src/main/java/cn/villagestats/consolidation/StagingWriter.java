package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.List;

import cn.villagestats.validation.RoadRecord;
import cn.villagestats.validation.SurveillanceRecord;
import cn.villagestats.validation.ToiletRecord;
import cn.villagestats.validation.ValidatedRow;
import cn.villagestats.validation.Violation;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of validated rows of one return: accepted rows by programme, rejected cells
 * alike; nothing once the return was rejected whole in the middle of the chunk (a sheet over
 * the row limit, say).
 */
class StagingWriter implements ItemWriter<ValidatedRow> {

    private final ReturnLoad load;
    private final StagingRepository staging;

    StagingWriter(ReturnLoad load, StagingRepository staging) {
        this.load = load;
        this.staging = staging;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) {
        if (load.isRejected()) {
            return;
        }
        List<ToiletRecord> toilets = new ArrayList<>();
        List<RoadRecord> roads = new ArrayList<>();
        List<SurveillanceRecord> points = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (ValidatedRow row : chunk) {
            if (!row.isAccepted()) {
                violations.addAll(row.violations());
            } else if (row.record() instanceof ToiletRecord toilet) {
                toilets.add(toilet);
            } else if (row.record() instanceof RoadRecord road) {
                roads.add(road);
            } else if (row.record() instanceof SurveillanceRecord point) {
                points.add(point);
            }
        }
        long returnId = load.returnId();
        staging.insertToilets(returnId, toilets);
        staging.insertRoads(returnId, roads);
        staging.insertSurveillance(returnId, points);
        staging.insertRejections(returnId, StagingRepository.ROW_REJECTION, violations);
    }
}
