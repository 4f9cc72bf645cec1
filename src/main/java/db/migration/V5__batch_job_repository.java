package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job repository tables, once, from the script in Spring Batch's own jar
 * for the database at hand. Before, Boot ran that script at every start
 * ({@code spring.batch.jdbc.initialize-schema=always}), and every start after the first failed
 * its nine statements: nine ERROR lines a night in PostgreSQL's server log, nine stack traces in
 * H2's trace file. A database those starts made keeps its tables and job history.
 */
public class V5__batch_job_repository extends BaseJavaMigration {

    private static final String TABLE_EXISTS = "SELECT COUNT(*) FROM information_schema.tables "
            + "WHERE table_schema = CURRENT_SCHEMA AND UPPER(table_name) = 'BATCH_JOB_INSTANCE'";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (hasJobRepository(connection)) {
            return;
        }
        String script = "org/springframework/batch/core/schema-" + platform(connection) + ".sql";
        ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
    }

    private static boolean hasJobRepository(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(TABLE_EXISTS);
             ResultSet found = query.executeQuery()) {
            return found.next() && found.getLong(1) > 0;
        }
    }

    private static String platform(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("postgresql")) {
            return "postgresql";
        }
        throw new IllegalStateException("villagestats runs on H2 or PostgreSQL, not on " + product);
    }
}
