package cn.villagestats.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads the period's returns and rejected cells as the reports show them. */
@Repository
public class ReturnReports {

    private final JdbcTemplate jdbc;

    ReturnReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReturnOutcome> outcomes(String period) {
        return jdbc.query("SELECT r.file_name, r.village_code, COALESCE(v.name, r.village_name), r.status, "
                        + "r.rows_read, r.rows_accepted, r.rows_rejected, r.reason_zh, r.reason_en "
                        + "FROM intake_return r LEFT JOIN village v ON v.code = r.village_code "
                        + "WHERE r.period = ? ORDER BY r.village_code, r.file_name",
                (rs, i) -> new ReturnOutcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9)), period);
    }

    /**
     * The period's files with something to tell their village: a rejected cell of a return that
     * counts, or a warning. One query for the period, so that a clean return costs no query of its own.
     */
    public Set<String> filesToTell(String period) {
        return new HashSet<>(jdbc.queryForList("SELECT r.file_name FROM intake_return r WHERE r.period = ? AND ("
                + "(r.status = 'accepted' AND EXISTS (SELECT 1 FROM rejected_cell c WHERE c.return_id = r.id)) "
                + "OR EXISTS (SELECT 1 FROM return_warning w WHERE w.return_id = r.id))", String.class, period));
    }

    private static final String REJECTED_CELLS = "SELECT r.file_name, r.village_code, c.sheet, c.row_no, "
            + "c.column_name, c.cell_value, c.reason_zh, c.reason_en FROM rejected_cell c "
            + "JOIN intake_return r ON r.id = c.return_id WHERE r.period = ? AND r.status = 'accepted' ";
    private static final RowMapper<RejectedCell> REJECTED_CELL = (rs, i) -> new RejectedCell(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getString(8));

    /** Rejected cells of the returns that count (accepted), by village, sheet and row. */
    public List<RejectedCell> rejectedCells(String period) {
        List<RejectedCell> cells = new ArrayList<>();
        forEachRejectedCell(period, cells::add);
        return cells;
    }

    /** The same, streamed: a county's rejected cells need not fit in memory. */
    public void forEachRejectedCell(String period, Consumer<RejectedCell> action) {
        jdbc.query(REJECTED_CELLS + "ORDER BY r.village_code, r.file_name, c.sheet, c.row_no, c.id",
                (RowCallbackHandler) rs -> action.accept(REJECTED_CELL.mapRow(rs, 0)), period);
    }

    /** The first {@code limit} rejected cells of one file. */
    public List<RejectedCell> rejectedCells(String period, String file, int limit) {
        return jdbc.query(REJECTED_CELLS + "AND r.file_name = ? ORDER BY c.sheet, c.row_no, c.id LIMIT ?",
                REJECTED_CELL, period, file, limit);
    }

    private static final String WARNINGS = "SELECT r.file_name, w.sheet, w.row_no, w.column_name, w.cell_value, "
            + "w.reason_zh, w.reason_en FROM return_warning w JOIN intake_return r ON r.id = w.return_id "
            + "WHERE r.period = ? ";
    private static final RowMapper<WarningNote> WARNING = (rs, i) -> new WarningNote(rs.getString(1),
            rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));

    /** Warnings on the period's files, by file, sheet and row. */
    public List<WarningNote> warnings(String period) {
        return jdbc.query(WARNINGS + "ORDER BY r.file_name, w.sheet, w.row_no, w.id", WARNING, period);
    }

    /** The first {@code limit} warnings on one file. */
    public List<WarningNote> warnings(String period, String file, int limit) {
        return jdbc.query(WARNINGS + "AND r.file_name = ? ORDER BY w.sheet, w.row_no, w.id LIMIT ?", WARNING,
                period, file, limit);
    }
}
