package cn.villagestats.consolidation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

import cn.villagestats.programme.Programmes;
import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.reporting.TotalsAggregator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: measures the CPU time of each part of the reconcile and aggregate steps on a
 * database a benchmark job left behind (an H2 file, copied first, or a JDBC URL), several
 * rounds, each part in a transaction of its own. Run with {@code java -cp <test classpath>
 * cn.villagestats.consolidation.ReconcileMeasurement <db.mv.db or jdbc url> [rounds]}.
 */
final class ReconcileMeasurement {

    private static final String PERIOD = "2020-12";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReconcileMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        if (!url.startsWith("jdbc:")) {
            Path copy = Files.createTempDirectory("reconcile").resolve("db.mv.db");
            Files.copy(Path.of(url), copy, StandardCopyOption.REPLACE_EXISTING);
            url = "jdbc:h2:file:" + copy.toString().replace(".mv.db", "");
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, System.getProperty("user", "sa"),
                System.getProperty("password", ""), true);
        dataSource.setAutoCommit(false);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ReturnLedger ledger = new ReturnLedger(jdbc, StandardProgrammes.PROGRAMMES);
        StagingRepository staging = new StagingRepository(jdbc, StandardProgrammes.PROGRAMMES);
        Constructor<TotalsAggregator> constructor = TotalsAggregator.class.getDeclaredConstructor(JdbcTemplate.class,
                Programmes.class, Executor.class);
        constructor.setAccessible(true);
        // one connection: the programmes are read one after the other, on it
        TotalsAggregator aggregator = constructor.newInstance(jdbc, StandardProgrammes.PROGRAMMES,
                (Executor) Runnable::run);
        long bigReturn = jdbc.queryForObject("SELECT id FROM intake_return ORDER BY rows_read DESC LIMIT 1",
                Long.class);
        Map<String, Runnable> parts = new LinkedHashMap<>();
        parts.put("supersession", () -> new Supersession(ledger).apply(PERIOD));
        Map<Long, ToiletTally> tallies = new HashMap<>();
        parts.put("duplicates", () -> tallies.putAll(new DuplicateIdNumbers(jdbc, staging, Runnable::run).apply(PERIOD)));
        parts.put("refreshCounts", () -> ledger.refreshCounts(PERIOD, tallies));
        parts.put("registryWarnings", () -> new RegistryWarnings(jdbc, staging).apply(PERIOD, tallies));
        parts.put("recordAccepted(big)", () -> ledger.recordAccepted(bigReturn, "x", "x", "卫生改厕", 0, 0));
        parts.put("aggregate", () -> aggregator.aggregate(PERIOD, 0));
        parts.put("previousWarnings", () -> new PreviousPeriodWarnings(jdbc, staging, StandardProgrammes.PROGRAMMES).apply(PERIOD));
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            long total = 0;
            for (Map.Entry<String, Runnable> part : parts.entrySet()) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                transaction.executeWithoutResult(status -> part.getValue().run());
                long ms = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                total += ms;
                line.append(String.format("  %s %d", part.getKey(), ms));
            }
            System.out.println(line + String.format("  | total %d ms CPU", total));
        }
        System.out.println("duplicates flagged: " + jdbc.queryForObject("SELECT COUNT(*) FROM toilet_row WHERE duplicate",
                Long.class) + ", rejected: " + jdbc.queryForObject(
                "SELECT COUNT(*) FROM rejected_cell WHERE kind = 'duplicate'", Long.class));
        dataSource.destroy();
    }
}
