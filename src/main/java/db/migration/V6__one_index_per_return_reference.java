package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops V1's and V2.1's own index on the return of a rejected cell and of a warning where the
 * database already keeps one for the foreign key (H2 makes one with the constraint; PostgreSQL
 * does not, and keeps ours). Two indexes over the same column cost every insert twice and
 * serve no query better than one.
 */
public class V6__one_index_per_return_reference extends BaseJavaMigration {

    private static final Map<String, String> OUR_INDEXES = Map.of("rejected_cell", "ix_rejected_cell_return",
            "return_warning", "ix_return_warning_return");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Map.Entry<String, String> ours : OUR_INDEXES.entrySet()) {
            if (otherIndexesOnReturnId(connection, ours.getKey(), ours.getValue()) > 0) {
                try (Statement drop = connection.createStatement()) {
                    drop.execute("DROP INDEX " + ours.getValue());
                }
            }
        }
    }

    /** The indexes of {@code table} over {@code return_id} alone, but for {@code ours}. */
    private static int otherIndexesOnReturnId(Connection connection, String table, String ours) throws SQLException {
        String name = connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        Set<String> onReturnId = new HashSet<>();
        Set<String> onOthers = new HashSet<>();
        try (ResultSet columns = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
            while (columns.next()) {
                String index = columns.getString("INDEX_NAME");
                String column = columns.getString("COLUMN_NAME");
                if (index == null || column == null || index.equalsIgnoreCase(ours)) {
                    continue;
                }
                (column.equalsIgnoreCase("return_id") ? onReturnId : onOthers).add(index.toLowerCase(Locale.ROOT));
            }
        }
        onReturnId.removeAll(onOthers);
        return onReturnId.size();
    }
}
