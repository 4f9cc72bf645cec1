package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys of the three tables of staged rows to their return. Checking the
 * key was a third of the cost of staging a row: 400,000 toilet rows staged in 5.5–5.9 s with
 * it and 3.4–3.7 s without on H2, 6.2–6.3 s and 3.7–4.0 s on PostgreSQL
 * ({@code StagingWriteMeasurement}), and a ledger's million rows are staged on one thread.
 * The rows only ever come from the load of their return, and they are removed with it
 * ({@code DiscoverReturnsTasklet}); rejected cells and warnings keep their cascade. In Java
 * because H2 and PostgreSQL name the constraints differently.
 */
public class V4__staging_rows_without_foreign_keys extends BaseJavaMigration {

    private static final String FOREIGN_KEYS = "SELECT table_name, constraint_name FROM information_schema.table_constraints "
            + "WHERE constraint_type = 'FOREIGN KEY' AND table_schema = CURRENT_SCHEMA "
            + "AND UPPER(table_name) IN ('TOILET_ROW', 'ROAD_ROW', 'SURVEILLANCE_ROW')";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String[]> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(FOREIGN_KEYS); ResultSet found = query.executeQuery()) {
            while (found.next()) {
                keys.add(new String[] {found.getString(1), found.getString(2)});
            }
        }
        try (Statement drop = connection.createStatement()) {
            for (String[] key : keys) {
                drop.execute("ALTER TABLE \"" + key[0] + "\" DROP CONSTRAINT \"" + key[1] + "\"");
            }
        }
    }
}
