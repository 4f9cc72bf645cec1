package cn.villagestats.consolidation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.programme.toilets.ToiletProgramme;
import cn.villagestats.programme.toilets.ToiletRecord;
import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: measures how fast staging rows reach the database, the way the load step
 * writes them (chunks of 500, one transaction each), by JDBC batch with and without the
 * PostgreSQL driver's batch rewriting, by COPY (what the load does there), and on H2 for comparison. Run with
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
            measure("H2 batch", Engine.H2, false, false, rows, returnRows, round);
            measure("PostgreSQL batch", Engine.POSTGRES, false, false, rows, returnRows, round);
            measure("PostgreSQL batch, reWriteBatchedInserts", Engine.POSTGRES, true, false, rows, returnRows, round);
            measure("PostgreSQL COPY (the default there)", Engine.POSTGRES, false, true, rows, returnRows, round);
        }
    }

    private static void measure(String name, Engine engine, boolean rewrite, boolean copy, int rows,
                                List<ToiletRecord> returnRows, int round) throws Exception {
        try (TestDatabase database = engine.create(); HikariDataSource pool = new HikariDataSource()) {
            database.migrate(System.getProperty("schema", "latest"));
            pool.setJdbcUrl(database.url() + (rewrite ? "?reWriteBatchedInserts=true" : ""));
            pool.setUsername(database.username());
            pool.setPassword(database.password());
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            StagingRepository staging = new StagingRepository(jdbc, StandardProgrammes.PROGRAMMES, copy,
                    StagingRepository.ROWS_PER_INSERT);
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
                    transaction.executeWithoutResult(status -> staging.insert(ToiletProgramme.TABLE, id, chunk));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int stored = jdbc.queryForObject("SELECT COUNT(*) FROM toilet_row", Integer.class);
            System.out.printf("round %d  %-42s %,8d rows  %6.2f s  %,9.0f rows/s%n", round, name, stored, seconds,
                    stored / seconds);
        }
    }
}
