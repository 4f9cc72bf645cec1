package cn.villagestats.consolidation;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;

import cn.villagestats.programme.CopyLine;
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
                         BiConsumer<CopyLine, T> line) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 96);
        CopyLine fields = new CopyLine(csv);
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
}
