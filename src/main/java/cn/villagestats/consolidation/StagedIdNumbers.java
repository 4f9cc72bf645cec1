package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.villagestats.sort.LongPairSort;

/**
 * Reads the current returns' staged 身份证号 back into the duplicate check's sort, a page of
 * rows at a time, and counts each return's rows on the way. The pages of every return, a large
 * return's too, are read at once on the load's pool: the sort orders equal numbers by village
 * and row whatever the order they arrive in.
 */
final class StagedIdNumbers {

    private static final int PAGE = 5_000;
    // a page is a range of row numbers, not "the next 5,000 rows": with LIMIT, PostgreSQL planned each page of a
    // table loaded moments before (no statistics yet) as a scan and sort of every later row
    private static final String PAGE_OF_ROWS = "SELECT row_no, id_number, poor_household, duplicate FROM toilet_row "
            + "WHERE return_id = ? AND row_no >= ? AND row_no < ? ORDER BY row_no";
    private static final String LAST_ROW = "SELECT MAX(row_no) FROM toilet_row WHERE return_id = ?";

    private final JdbcTemplate jdbc;
    private final Executor pool;

    StagedIdNumbers(JdbcTemplate jdbc, Executor pool) {
        this.jdbc = jdbc;
        this.pool = pool;
    }

    /** Adds every current return's numbers to {@code sort}, and its rows to its {@code counts}. */
    void readInto(List<DuplicateIdNumbers.CurrentReturn> current, LongPairSort sort,
                  DuplicateIdNumbers.Counts[] counts) {
        List<Page> pages = pages(current);
        List<DuplicateIdNumbers.Counts> read = OnLoadPool.map(pages,
                page -> read(page, current.get(page.returnIndex()).id(), sort), pool);
        for (int i = 0; i < pages.size(); i++) {
            counts[pages.get(i).returnIndex()].add(read.get(i));
        }
    }

    /** Every current return's rows, as pages; a page is a range of row numbers. */
    private List<Page> pages(List<DuplicateIdNumbers.CurrentReturn> current) {
        List<Integer> lastRows = OnLoadPool.map(current,
                r -> jdbc.queryForObject(LAST_ROW, Integer.class, r.id()), pool);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            Integer lastRow = lastRows.get(i);
            for (int from = 0; lastRow != null && from <= lastRow; from += PAGE) {
                pages.add(new Page(i, from, Math.min(from + PAGE, lastRow + 1)));
            }
        }
        return pages;
    }

    /**
     * One page of a return's rows, so that no result holds them all (on either database); its
     * numbers go into the sort together, since other pages are read at the same time.
     */
    private DuplicateIdNumbers.Counts read(Page page, long returnId, LongPairSort sort) {
        DuplicateIdNumbers.Counts counts = new DuplicateIdNumbers.Counts();
        long[] keys = new long[page.end() - page.from()];
        long[] values = new long[keys.length];
        int[] size = {0};
        jdbc.query(PAGE_OF_ROWS, rs -> {
            DuplicateIdNumbers.Occurrence o = new DuplicateIdNumbers.Occurrence(page.returnIndex(), rs.getInt(1),
                    rs.getBoolean(4), rs.getBoolean(3));
            keys[size[0]] = IdNumberKey.of(rs.getString(2));
            values[size[0]++] = o.packed();
            counts.rows++;
            counts.poor += o.poor() ? 1 : 0;
        }, returnId, page.from(), page.end());
        synchronized (sort) {
            for (int i = 0; i < size[0]; i++) {
                sort.add(keys[i], values[i]);
            }
        }
        return counts;
    }

    /** Rows {@code from} (inclusive) to {@code end} (exclusive) of the current return at {@code returnIndex}. */
    private record Page(int returnIndex, int from, int end) {
    }
}
