package cn.villagestats.programme;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import cn.villagestats.validation.StagedRow;

/**
 * A programme's staging table of accepted rows: its name, its columns after {@code return_id},
 * and how a record fills them, as INSERT parameters or as a COPY line. Dates go in as
 * {@code LocalDate}: through {@code java.sql.Date} a day before 1582 would be shifted by the
 * Julian calendar. The table itself is made by a Flyway migration, with a {@code return_id}
 * and a {@code row_no} column.
 *
 * @param type the record the table takes: a row of another type fails loudly, never unstaged
 */
public record StagingTable<R extends StagedRow>(String name, String columns, Class<R> type, Binder<R> parameters,
                                                BiConsumer<CopyLine, R> line) {

    /** Sets a record's parameters, the first of them at {@code first + 1}: {@code first} is its return id's. */
    @FunctionalInterface
    public interface Binder<R> {
        void bind(PreparedStatement ps, int first, R record) throws SQLException;
    }

    public StagingTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(line, "line");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a staging table's name is a plain SQL name: " + name);
        }
    }

    /** An INSERT of {@code rows} rows: a statement of many rows costs H2 less per row than as many statements. */
    public String insert(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(width(), "?")) + ")";
        return "INSERT INTO " + name + " (return_id, " + columns + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    /** Sets the parameters of an {@link #insert(int)} of as many rows as {@code records}. */
    public void bind(PreparedStatement ps, long returnId, List<R> records) throws SQLException {
        int width = width();
        for (int i = 0; i < records.size(); i++) {
            ps.setLong(i * width + 1, returnId);
            parameters.bind(ps, i * width + 1, records.get(i));
        }
    }

    /** Parameters a row: the return id and the columns. */
    private int width() {
        return columns.split(",").length + 1;
    }
}
