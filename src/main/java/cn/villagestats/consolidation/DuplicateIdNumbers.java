package cn.villagestats.consolidation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.sort.LongPairSort;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.validation.IdNumbers;
import cn.villagestats.validation.Violation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A household is upgraded once: a 身份证号 may appear once per period in the whole
 * township. The first occurrence (by village code, then row) counts; each repeat is
 * rejected, naming where the first one is. Recomputed on every run, since returns come,
 * change and go.
 * <p>
 * One pass reads the current returns' toilet rows back ({@link StagedIdNumbers}, pages of
 * several returns at once on the load's pool) and sorts their numbers (as {@link IdNumberKey}s,
 * each with its village's place and row) with a sort whose heap stays fixed
 * ({@link LongPairSort}): repeats are then neighbours, in village and row order. No index on
 * the number is kept, so staging a row does not pay for one. The same pass counts each return's rows for the
 * ledger and the registry warnings.
 */
final class DuplicateIdNumbers {

    /** Four arrays of this many longs, 16 MB; a period with more toilet rows sorts the rest on disk. */
    static final int PAIRS_IN_MEMORY = 1 << 19;
    private final JdbcTemplate jdbc;
    private final StagingRepository staging;
    private final StagedIdNumbers staged;
    private final int pairsInMemory;

    /** The returns are read back on {@code pool}, the load's: one return per task. */
    DuplicateIdNumbers(JdbcTemplate jdbc, StagingRepository staging, Executor pool) {
        this(jdbc, staging, pool, PAIRS_IN_MEMORY);
    }

    DuplicateIdNumbers(JdbcTemplate jdbc, StagingRepository staging, Executor pool, int pairsInMemory) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.staged = new StagedIdNumbers(jdbc, pool);
        this.pairsInMemory = pairsInMemory;
    }

    /** Flags and rejects the period's repeats; returns each current return's toilet tally, by return id. */
    Map<Long, ToiletTally> apply(String period) {
        // a return no longer current counts nothing, so none of its rows is a repeat any more
        jdbc.update("UPDATE toilet_row SET duplicate = FALSE WHERE duplicate AND return_id IN (SELECT c.return_id "
                + "FROM rejected_cell c JOIN intake_return r ON r.id = c.return_id WHERE r.period = ? "
                + "AND r.status <> 'accepted' AND c.kind = ?)", period, StagingRepository.DUPLICATE_REJECTION);
        jdbc.update("DELETE FROM rejected_cell WHERE kind = ? AND return_id IN "
                + "(SELECT id FROM intake_return WHERE period = ?)", StagingRepository.DUPLICATE_REJECTION, period);
        // a return loaded before V7 recorded its sheet's name is told by the template's
        List<CurrentReturn> current = jdbc.query("SELECT id, village_code, village_name, COALESCE(toilet_sheet, ?) "
                        + "FROM intake_return WHERE period = ? AND status = 'accepted' ORDER BY village_code, id",
                (rs, i) -> new CurrentReturn(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                ToiletSheet.SHEET.chineseName(), period);
        Counts[] counts = new Counts[current.size()];
        Arrays.setAll(counts, i -> new Counts());
        try (LongPairSort sort = new LongPairSort(pairsInMemory)) {
            staged.readInto(current, sort, counts);
            settle(sort.sorted(), current, counts);
        }
        Map<Long, ToiletTally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < current.size(); i++) {
            Counts c = counts[i];
            tallies.put(current.get(i).id(), new ToiletTally(c.rows, c.poor, c.repeats, c.poorRepeats));
        }
        return tallies;
    }

    /** Walks the sorted numbers: the first of equal ones counts, the others are repeats. */
    private void settle(LongPairSort.Cursor sorted, List<CurrentReturn> current, Counts[] counts) {
        RepeatedRows rows = new RepeatedRows(jdbc, staging);
        long firstKey = 0;
        Occurrence first = null;
        while (sorted.next()) {
            Occurrence o = Occurrence.of(sorted.value());
            long returnId = current.get(o.returnIndex()).id();
            if (first == null || sorted.key() != firstKey) {
                first = o;
                firstKey = sorted.key();
                if (o.flagged()) {
                    rows.flag(returnId, o.rowNumber(), false);
                }
                continue;
            }
            counts[o.returnIndex()].repeats++;
            counts[o.returnIndex()].poorRepeats += o.poor() ? 1 : 0;
            if (!o.flagged()) {
                rows.flag(returnId, o.rowNumber(), true);
            }
            rows.reject(returnId, violation(o, current.get(o.returnIndex()), IdNumberKey.idNumber(firstKey), first,
                    current.get(first.returnIndex())));
        }
        rows.flush();
    }

    /** Reported in the repeating return's own sheet; the first occurrence is named by the template's sheet. */
    private static Violation violation(Occurrence repeat, CurrentReturn in, String idNumber, Occurrence first,
                                       CurrentReturn where) {
        String sheet = ToiletSheet.SHEET.chineseName();
        return new Violation(in.toiletSheet(), repeat.rowNumber(), ToiletSheet.ID_NUMBER.header(),
                IdNumbers.mask(idNumber),
                "身份证号重复：已在" + where.villageName() + "（" + where.villageCode() + "）" + sheet + "第"
                        + first.rowNumber() + "行报过，同一户只能计一次",
                "duplicate id number: already reported by " + where.villageCode() + " (" + sheet + " row "
                        + first.rowNumber() + "); a household counts once");
    }

    /** {@code toiletSheet}: the clerk's name for the return's 卫生改厕 sheet. */
    record CurrentReturn(long id, String villageCode, String villageName, String toiletSheet) {
    }

    static final class Counts {
        int rows;
        int poor;
        int repeats;
        int poorRepeats;

        void add(Counts page) {
            rows += page.rows;
            poor += page.poor;
        }
    }

    /**
     * Where a number was found, packed into the sort's value so that values order as the
     * rule does: by the return's place in village order, then by row.
     */
    record Occurrence(int returnIndex, int rowNumber, boolean flagged, boolean poor) {

        private static final int MAX_ROW = (1 << 30) - 1;

        Occurrence {
            if (returnIndex < 0 || rowNumber < 0 || rowNumber > MAX_ROW) {
                throw new IllegalArgumentException("row " + rowNumber + " of return " + returnIndex + " out of range");
            }
        }

        static Occurrence of(long packed) {
            return new Occurrence((int) (packed >>> 32), (int) (packed >>> 2) & MAX_ROW, (packed & 2) != 0,
                    (packed & 1) != 0);
        }

        long packed() {
            return (long) returnIndex << 32 | (long) rowNumber << 2 | (flagged ? 2 : 0) | (poor ? 1 : 0);
        }
    }
}
