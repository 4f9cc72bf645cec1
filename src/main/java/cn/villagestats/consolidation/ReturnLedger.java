package cn.villagestats.consolidation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.villagestats.programme.Programmes;
import cn.villagestats.programme.toilets.ToiletProgramme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code intake_return} table: every file of a period's inbox and its outcome. */
@Repository
public class ReturnLedger {

    private static final String COUNTS = "UPDATE intake_return SET rows_rejected = (SELECT COUNT(DISTINCT "
            + "CONCAT(c.sheet, ':', c.row_no)) FROM rejected_cell c WHERE c.return_id = intake_return.id), ";

    /** Rows per JDBC batch at discovery; PostgreSQL's driver turns a batch of inserts into multi-row inserts. */
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    /** The staged rows of a return, toilets' included (a fresh load has flagged no repeat). */
    private final String stagedRows;
    /** The staged rows of every programme but toilets, whose repeats the duplicate check counts. */
    private final String stagedRowsButToilets;

    ReturnLedger(JdbcTemplate jdbc, Programmes programmes) {
        this.jdbc = jdbc;
        this.stagedRows = stagedRows(programmes.all().stream().map(p -> p.table().name()).toList());
        this.stagedRowsButToilets = stagedRows(programmes.all().stream().map(p -> p.table().name())
                .filter(table -> !table.equals(ToiletProgramme.TABLE.name())).toList());
    }

    private static String stagedRows(List<String> tables) {
        return tables.isEmpty() ? "0" : tables.stream().map(table -> "(SELECT COUNT(*) FROM " + table
                + " x WHERE x.return_id = intake_return.id)").collect(Collectors.joining(" + "));
    }

    public List<StoredReturn> findByPeriod(String period) {
        return jdbc.query("SELECT * FROM intake_return WHERE period = ? ORDER BY file_name", this::map, period);
    }

    /** The file a return was read from, if the ledger still has it (a file gone from the inbox is forgotten). */
    public Optional<String> fileName(long id) {
        return fileName(jdbc, id);
    }

    /** {@link #fileName(long)} on a database opened for reading, where no ledger is made ({@code status}). */
    public static Optional<String> fileName(JdbcTemplate jdbc, long id) {
        return jdbc.queryForList("SELECT file_name FROM intake_return WHERE id = ?", String.class, id).stream()
                .findFirst();
    }

    StoredReturn get(long id) {
        return jdbc.queryForObject("SELECT * FROM intake_return WHERE id = ?", this::map, id);
    }

    List<Long> idsWithStatus(String period, ReturnStatus status) {
        return jdbc.queryForList("SELECT id FROM intake_return WHERE period = ? AND status = ? ORDER BY file_name",
                Long.class, period, status.code());
    }

    /** The period's new files as pending returns, in batches: a province's first night finds 100,000. */
    void insertPending(String period, List<InboxFile> files) {
        jdbc.batchUpdate("INSERT INTO intake_return (period, file_name, sha256, file_size, file_modified_at, status) "
                + "VALUES (?, ?, ?, ?, ?, ?)", files, BATCH, (ps, file) -> {
                    ps.setString(1, period);
                    ps.setString(2, file.name());
                    ps.setString(3, file.sha256());
                    ps.setLong(4, file.size());
                    ps.setTimestamp(5, Timestamp.from(file.modifiedAt()));
                    ps.setString(6, ReturnStatus.PENDING.code());
                });
    }

    /** Forgets a return; the caller has removed its staged rows ({@link StagingRepository#clear}). */
    void delete(long id) {
        jdbc.update("DELETE FROM intake_return WHERE id = ?", id);
    }

    /** Rejected returns whose file did not change, to be read again (the registry may have been corrected). */
    void markPending(List<Long> ids) {
        jdbc.batchUpdate("UPDATE intake_return SET status = ?, reason_zh = NULL, reason_en = NULL WHERE id = ?", ids,
                BATCH, (ps, id) -> {
                    ps.setString(1, ReturnStatus.PENDING.code());
                    ps.setLong(2, id);
                });
    }

    /** At the end of a load: the return's rows are counted as staged, none of them is a repeat yet. */
    void recordAccepted(long id, String villageCode, String villageName, String toiletSheet, int rowsRead,
                        long jobExecutionId) {
        jdbc.update("UPDATE intake_return SET status = ?, village_code = ?, village_name = ?, toilet_sheet = ?, "
                        + "reason_zh = NULL, reason_en = NULL, rows_read = ?, job_execution_id = ?, "
                        + "loaded_at = CURRENT_TIMESTAMP WHERE id = ?",
                ReturnStatus.ACCEPTED.code(), villageCode, villageName, StoredText.clip(toiletSheet, 64), rowsRead,
                jobExecutionId, id);
        // a fresh load has flagged no repeat: all its toilet rows count, and counting them needs only the index
        jdbc.update(COUNTS + "rows_accepted = " + stagedRows + " WHERE id = ?", id);
    }

    /**
     * Recounts each return's accepted rows (staged, not repeats) and rejected rows (rows
     * with a rejected cell) from the staging tables, independently of the rows read, so
     * that {@link StoredReturn#balanced()} really checks that nothing was lost. The current
     * returns' toilet rows are as the duplicate check's pass over them counted them; the
     * period's other returns count every staged row, none of theirs being a repeat.
     */
    void refreshCounts(String period, Map<Long, ToiletTally> currentToilets) {
        jdbc.batchUpdate(COUNTS + "rows_accepted = ? + " + stagedRowsButToilets + " WHERE id = ?",
                currentToilets.entrySet().stream().map(e -> new Object[] {e.getValue().accepted(), e.getKey()})
                        .toList());
        jdbc.update(COUNTS + "rows_accepted = " + stagedRows
                + " WHERE period = ? AND status NOT IN ('rejected', 'accepted')", period);
    }

    /** A return rejected whole; {@code villageCode} and {@code villageName} as its cover gave them, null if unknown. */
    void recordRejected(long id, String villageCode, String villageName, String reasonZh, String reasonEn,
                        long jobExecutionId) {
        jdbc.update("UPDATE intake_return SET status = ?, village_code = ?, village_name = ?, reason_zh = ?, "
                        + "reason_en = ?, rows_read = 0, rows_accepted = 0, rows_rejected = 0, "
                        + "job_execution_id = ?, loaded_at = CURRENT_TIMESTAMP WHERE id = ?",
                ReturnStatus.REJECTED.code(), villageCode, villageName, truncate(reasonZh), truncate(reasonEn),
                jobExecutionId, id);
    }

    void recordSuperseded(long id, String reasonZh, String reasonEn) {
        jdbc.update("UPDATE intake_return SET status = ?, reason_zh = ?, reason_en = ? WHERE id = ?",
                ReturnStatus.SUPERSEDED.code(), truncate(reasonZh), truncate(reasonEn), id);
    }

    void recordCurrent(long id) {
        jdbc.update("UPDATE intake_return SET status = ?, reason_zh = NULL, reason_en = NULL WHERE id = ?",
                ReturnStatus.ACCEPTED.code(), id);
    }

    private static String truncate(String reason) {
        return StoredText.clip(reason, 1000);
    }

    private StoredReturn map(ResultSet rs, int row) throws SQLException {
        return new StoredReturn(rs.getLong("id"), rs.getString("period"), rs.getString("file_name"),
                rs.getString("sha256"), rs.getTimestamp("file_modified_at").toInstant(),
                ReturnStatus.of(rs.getString("status")), rs.getString("village_code"),
                rs.getString("village_name"), rs.getString("reason_zh"), rs.getString("reason_en"),
                rs.getInt("rows_read"), rs.getInt("rows_accepted"), rs.getInt("rows_rejected"));
    }
}
