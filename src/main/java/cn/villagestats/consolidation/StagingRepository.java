package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.List;

import cn.villagestats.programme.Programmes;
import cn.villagestats.programme.StagingTable;
import cn.villagestats.validation.ReturnWarning;
import cn.villagestats.validation.StagedRow;
import cn.villagestats.validation.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The staging tables: accepted rows by programme ({@link StagingTable}) and rejected cells, keyed
 * by return. An empty list writes nothing and costs no statement (most chunks hold one
 * programme only).
 */
@Repository
class StagingRepository {

    static final String ROW_REJECTION = "row";
    static final String DUPLICATE_REJECTION = "duplicate";
    static final String LOAD_WARNING = "load";
    static final String REGISTRY_WARNING = "registry";
    static final String PREVIOUS_WARNING = "previous";

    /** Rows an INSERT: a statement a row made the ledger's load on H2 a tenth slower (docs/performance.md). */
    static final int ROWS_PER_INSERT = 100;

    private final JdbcTemplate jdbc;
    private final Programmes programmes;
    private final boolean copyOnPostgres;
    private final int rowsPerInsert;
    private volatile Boolean copying;

    @Autowired
    StagingRepository(JdbcTemplate jdbc, Programmes programmes) {
        this(jdbc, programmes, true, ROWS_PER_INSERT);
    }

    /** {@code copyOnPostgres} false: batched INSERTs on PostgreSQL too (the benchmark's StagingWriteMeasurement). */
    StagingRepository(JdbcTemplate jdbc, Programmes programmes, boolean copyOnPostgres, int rowsPerInsert) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.copyOnPostgres = copyOnPostgres;
        this.rowsPerInsert = rowsPerInsert;
    }

    /** Removes whatever an earlier, interrupted load of this return staged. */
    void clear(long returnId) {
        List<String> tables = new ArrayList<>();
        programmes.all().forEach(programme -> tables.add(programme.table().name()));
        tables.addAll(List.of("rejected_cell", "return_warning"));
        for (String table : tables) {
            jdbc.update("DELETE FROM " + table + " WHERE return_id = ?", returnId);
        }
    }

    /**
     * Stages accepted rows of the table's programme; a row of another type fails the load (a
     * {@link ClassCastException}) rather than go unstaged.
     */
    <R extends StagedRow> void insert(StagingTable<R> table, long returnId, List<? extends StagedRow> rows) {
        List<R> typed = new ArrayList<>(rows.size());
        for (StagedRow row : rows) {
            typed.add(table.type().cast(row));
        }
        write(table, returnId, typed);
    }

    /** PostgreSQL takes staged rows by COPY (measured in docs/postgresql.md); other databases by batched INSERTs. */
    private <T extends StagedRow> void write(StagingTable<T> table, long returnId, List<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (copying()) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                PostgresCopy.copy(connection, table.name(), table.columns(), returnId, rows, table.line());
                return null;
            });
            return;
        }
        List<List<T>> statements = new ArrayList<>();
        int whole = rows.size() - rows.size() % rowsPerInsert;
        for (int i = 0; i < whole; i += rowsPerInsert) {
            statements.add(rows.subList(i, i + rowsPerInsert));
        }
        if (!statements.isEmpty()) {
            jdbc.batchUpdate(table.insert(rowsPerInsert), statements, statements.size(),
                    (ps, statement) -> table.bind(ps, returnId, statement));
        }
        // the rest a row a statement: a statement for every length of rest would be parsed anew
        List<T> rest = rows.subList(whole, rows.size());
        if (!rest.isEmpty()) {
            jdbc.batchUpdate(table.insert(1), rest, rest.size(), (ps, row) -> table.bind(ps, returnId, List.of(row)));
        }
    }

    private boolean copying() {
        Boolean known = copying;
        if (known == null) {
            known = copyOnPostgres && Boolean.TRUE.equals(jdbc.execute(PostgresCopy::appliesTo));
            copying = known;
        }
        return known;
    }

    void insertRejections(long returnId, String kind, List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO rejected_cell (return_id, kind, sheet, row_no, column_name, cell_value, "
                + "reason_zh, reason_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", violations, violations.size(), (ps, v) -> {
                    ps.setLong(1, returnId);
                    ps.setString(2, kind);
                    ps.setString(3, StoredText.clip(v.sheet(), 64));
                    ps.setInt(4, v.rowNumber());
                    ps.setString(5, v.column());
                    ps.setString(6, StoredText.clip(v.value(), 500));
                    ps.setString(7, StoredText.clip(v.reasonZh(), 1000));
                    ps.setString(8, StoredText.clip(v.reasonEn(), 1000));
                });
    }

    void insertWarnings(long returnId, String kind, List<ReturnWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO return_warning (return_id, kind, sheet, row_no, column_name, cell_value, "
                + "reason_zh, reason_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", warnings, warnings.size(), (ps, w) -> {
                    ps.setLong(1, returnId);
                    ps.setString(2, kind);
                    ps.setString(3, StoredText.clip(w.sheet(), 64));
                    ps.setInt(4, w.rowNumber());
                    ps.setString(5, StoredText.clip(w.column(), 64));
                    ps.setString(6, StoredText.clip(w.value(), 500));
                    ps.setString(7, StoredText.clip(w.reasonZh(), 1000));
                    ps.setString(8, StoredText.clip(w.reasonEn(), 1000));
                });
    }
}
