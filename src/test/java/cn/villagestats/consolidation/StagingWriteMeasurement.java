package cn.villagestats.consolidation;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;
import cn.villagestats.validation.ToiletRecord;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: measures how fast staging rows reach the database, the way the load step
 * writes them (chunks of 500, one transaction each), by JDBC batch with and without the
 * PostgreSQL driver's batch rewriting, by COPY, and on H2 for comparison. Run with
 * {@code java -cp <test classpath> cn.villagestats.consolidation.StagingWriteMeasurement [rows]}; {@code -Dschema=3}
 * measures the tables of an earlier migration.
 */
final class StagingWriteMeasurement {

    private static final int CHUNK = 500;
    private static final int ROWS_PER_RETURN = 2_000;

    private StagingWriteMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<ToiletRecord> returnRows = new ArrayList<>();
        for (int i = 0; i < ROWS_PER_RETURN; i++) {
            returnRows.add(new ToiletRecord(i + 2, "户主" + i, "37098219800101" + String.format("%04d", i % 10_000), "一组", "三格式",
                    i % 7 == 0, LocalDate.of(2020, 12, 1 + i % 28), "已验收", new BigDecimal("900.00")));
        }
        for (int round = 1; round <= Integer.getInteger("rounds", 5); round++) {
            measure("H2 batch", Engine.H2, false, rows, returnRows, (s, id, chunk) -> s.staging.insertToilets(id, chunk),
                    round);
            measure("PostgreSQL batch", Engine.POSTGRES, false, rows, returnRows,
                    (s, id, chunk) -> s.staging.insertToilets(id, chunk), round);
            measure("PostgreSQL batch, reWriteBatchedInserts", Engine.POSTGRES, true, rows, returnRows,
                    (s, id, chunk) -> s.staging.insertToilets(id, chunk), round);
            measure("PostgreSQL COPY", Engine.POSTGRES, false, rows, returnRows,
                    (s, id, chunk) -> copy(s.dataSource, id, chunk), round);
        }
    }

    private interface Write {
        void chunk(Setup setup, long returnId, List<ToiletRecord> chunk) throws Exception;
    }

    private record Setup(HikariDataSource dataSource, StagingRepository staging) {
    }

    private static void measure(String name, Engine engine, boolean rewrite, int rows, List<ToiletRecord> returnRows,
                                Write write, int round) throws Exception {
        try (TestDatabase database = engine.create(); HikariDataSource pool = new HikariDataSource()) {
            database.migrate(System.getProperty("schema", "latest"));
            pool.setJdbcUrl(database.url() + (rewrite ? "?reWriteBatchedInserts=true" : ""));
            pool.setUsername(database.username());
            pool.setPassword(database.password());
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            Setup setup = new Setup(pool, new StagingRepository(jdbc));
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
            int returns = rows / ROWS_PER_RETURN;
            List<Long> ids = new ArrayList<>();
            for (int r = 0; r < returns; r++) {
                jdbc.update("INSERT INTO intake_return (period, file_name, sha256, file_size, file_modified_at, status) "
                        + "VALUES ('2020-12', ?, 'x', 1, CURRENT_TIMESTAMP, 'pending')", "r" + r + ".xlsx");
            }
            ids.addAll(jdbc.queryForList("SELECT id FROM intake_return ORDER BY id", Long.class));
            long start = System.nanoTime();
            for (long id : ids) {
                for (int c = 0; c < ROWS_PER_RETURN / CHUNK; c++) {
                    List<ToiletRecord> chunk = returnRows.subList(c * CHUNK, (c + 1) * CHUNK);
                    transaction.executeWithoutResult(status -> run(() -> write.chunk(setup, id, chunk)));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int stored = jdbc.queryForObject("SELECT COUNT(*) FROM toilet_row", Integer.class);
            System.out.printf("round %d  %-42s %,8d rows  %6.2f s  %,9.0f rows/s%n", round, name, stored, seconds,
                    stored / seconds);
        }
    }

    private static void copy(HikariDataSource dataSource, long returnId, List<ToiletRecord> rows) throws Exception {
        StringBuilder csv = new StringBuilder();
        for (ToiletRecord r : rows) {
            csv.append(returnId).append(',').append(r.rowNumber()).append(',').append(r.householder()).append(',')
                    .append(r.idNumber()).append(',').append(r.group()).append(',').append(r.toiletType()).append(',')
                    .append(r.poorHousehold()).append(',').append(r.completedOn()).append(',').append(r.acceptance())
                    .append(',').append(r.subsidyYuan()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY toilet_row (return_id, row_no, householder, "
                + "id_number, group_name, toilet_type, poor_household, completed_on, acceptance, subsidy_yuan) "
                + "FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
