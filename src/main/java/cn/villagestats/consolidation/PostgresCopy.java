package cn.villagestats.consolidation;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;

import org.postgresql.PGConnection;

/**
 * Stages rows on PostgreSQL by {@code COPY ... FROM STDIN (FORMAT csv)} instead of batched
 * INSERTs: the server parses and plans no statement per row, and the driver binds no
 * parameter. Texts are always quoted, so an empty text stays empty; an absent value is
 * written as nothing, which CSV reads as NULL.
 */
final class PostgresCopy {

    private PostgresCopy() {
    }

    static boolean appliesTo(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    /** Copies {@code rows} into {@code table}'s {@code columns}, each row written by {@code line} after its return id. */
    static <T> void copy(Connection connection, String table, String columns, long returnId, List<T> rows,
                         BiConsumer<Line, T> line) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 96);
        Line fields = new Line(csv);
        for (T row : rows) {
            csv.append(returnId);
            line.accept(fields, row);
            csv.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (return_id, " + columns
                    + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("copying into " + table + " failed", e);
        }
    }

    /** The fields of one CSV line after the first, each preceded by its comma. */
    static final class Line {

        private final StringBuilder csv;

        private Line(StringBuilder csv) {
            this.csv = csv;
        }

        Line text(String value) {
            csv.append(',');
            if (value != null) {
                csv.append('"');
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '"') {
                        csv.append('"');
                    }
                    csv.append(c);
                }
                csv.append('"');
            }
            return this;
        }

        /** A number, boolean or date, whose text needs no quoting; {@code null} for none. */
        Line value(Object value) {
            csv.append(',');
            if (value != null) {
                csv.append(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
            }
            return this;
        }
    }
}
