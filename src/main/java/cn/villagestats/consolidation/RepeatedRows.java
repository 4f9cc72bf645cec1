package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.validation.Violation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what the duplicate check decided, in batches so that neither the round trips nor
 * the heap grow with the repeats: toilet rows flagged or no longer flagged as repeats, and
 * the rejection of each repeat.
 */
final class RepeatedRows {

    private static final int BATCH = 1_000;
    private static final String SET_FLAG = "UPDATE toilet_row SET duplicate = ? WHERE return_id = ? AND row_no = ?";

    private final JdbcTemplate jdbc;
    private final StagingRepository staging;
    private final List<Object[]> flags = new ArrayList<>();
    private final Map<Long, List<Violation>> rejections = new LinkedHashMap<>();
    private int rejected;

    RepeatedRows(JdbcTemplate jdbc, StagingRepository staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    void flag(long returnId, int rowNumber, boolean repeat) {
        flags.add(new Object[] {repeat, returnId, rowNumber});
        flushIfFull();
    }

    void reject(long returnId, Violation violation) {
        rejections.computeIfAbsent(returnId, id -> new ArrayList<>()).add(violation);
        rejected++;
        flushIfFull();
    }

    void flush() {
        if (!flags.isEmpty()) {
            jdbc.batchUpdate(SET_FLAG, flags);
            flags.clear();
        }
        rejections.forEach((returnId, violations) ->
                staging.insertRejections(returnId, StagingRepository.DUPLICATE_REJECTION, violations));
        rejections.clear();
        rejected = 0;
    }

    private void flushIfFull() {
        if (flags.size() + rejected >= BATCH) {
            flush();
        }
    }
}
