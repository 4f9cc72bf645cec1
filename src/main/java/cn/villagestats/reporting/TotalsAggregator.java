package cn.villagestats.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import cn.villagestats.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes a period's totals in the database, set-based: per village first (one GROUP BY per
 * programme, {@link ProgrammeTotals}), then the township as the sum over villages. The
 * period's previous totals are replaced; the caller runs this in one transaction so readers
 * never see half a period.
 */
@Component
public class TotalsAggregator {

    private static final String COUNTED_RETURNS = "INSERT INTO village_total (period, village_code, indicator, "
            + "\"value\") SELECT CAST(? AS VARCHAR(7)), v.code, 'returns.expected', 1 FROM village v "
            + "UNION ALL SELECT r.period, r.village_code, 'returns.received', 1 FROM intake_return r "
            + "WHERE r.period = ? AND r.status = 'accepted'";
    private static final String VILLAGE_TOTAL = "INSERT INTO village_total (period, village_code, indicator, "
            + "\"value\") VALUES (?, ?, ?, ?)";
    /** Slices of villages per programme: enough to keep every core busy though one programme has most rows. */
    private static final int SLICES = 4;
    /** Rows per band of a large return, grouped apart and added up: a ledger's million rows in ten. */
    private static final int ROW_BAND = 100_000;

    // One pass over the period's village totals, and every indicator once more without a value, so that one
    // nobody reported still gets its zero. Joined the other way round (the indicators, then their village
    // totals), H2 read the period's village totals once per indicator: 2.3x the time for 5,000 villages.
    private static final String TOWNSHIP_TOTALS = "INSERT INTO township_total (period, indicator, \"value\", villages, "
            + "computed_at, job_execution_id) SELECT CAST(? AS VARCHAR(7)), x.indicator, "
            + "COALESCE(SUM(x.\"value\"), 0), COUNT(CASE WHEN x.\"value\" <> 0 THEN 1 END), CAST(? AS TIMESTAMP), "
            + "CAST(? AS BIGINT) FROM (SELECT vt.indicator, vt.\"value\" FROM village_total vt "
            + "JOIN indicator known ON known.code = vt.indicator WHERE vt.period = ? "
            + "UNION ALL SELECT i.code, NULL FROM indicator i) x GROUP BY x.indicator";

    private final JdbcTemplate jdbc;
    private final List<ProgrammeTotals> programmes;
    private final Executor pool;
    private final int rowBand;

    /** The programmes are read on {@code pool}, the load's, idle by then. */
    @Autowired
    TotalsAggregator(JdbcTemplate jdbc, Programmes programmes, @Qualifier("loadTaskExecutor") Executor pool) {
        this(jdbc, programmes, pool, ROW_BAND);
    }

    TotalsAggregator(JdbcTemplate jdbc, Programmes programmes, Executor pool, int rowBand) {
        this.jdbc = jdbc;
        this.programmes = programmes.all().stream().map(ProgrammeTotals::new).toList();
        this.pool = pool;
        this.rowBand = rowBand;
    }

    public void aggregate(String period, long jobExecutionId) {
        // The programmes are grouped a slice of villages and rows at a time, at once, each on a
        // connection of its own: they read what the steps before committed (staged rows, repeats), and
        // are written here, in the caller's transaction. A village's values of a programme are one row
        // until written.
        List<List<ProgrammeTotals.Slice>> slices = slices(period);
        List<VillagesRead> reads = new ArrayList<>();
        for (ProgrammeTotals programme : programmes) {
            for (List<ProgrammeTotals.Slice> bands : slices) {
                reads.add(new VillagesRead(programme, bands.stream().map(slice -> CompletableFuture.supplyAsync(
                        () -> programme.read(jdbc, period, slice), pool)).toList()));
            }
        }
        try {
            jdbc.update("DELETE FROM township_total WHERE period = ?", period);
            jdbc.update("DELETE FROM village_total WHERE period = ?", period);
            jdbc.update(COUNTED_RETURNS, period, period);
            for (VillagesRead read : reads) {
                write(period, read.programme().indicators(),
                        read.programme().combined(read.bands().stream().map(TotalsAggregator::joined).toList()));
            }
        } catch (RuntimeException e) {
            // the step must not end while one of its reads still runs on the load's pool
            CompletableFuture.allOf(reads.stream().flatMap(read -> read.bands().stream())
                    .toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
            throw e;
        }
        jdbc.update(TOWNSHIP_TOTALS, period, Timestamp.from(Instant.now()), jobExecutionId, period);
    }

    /**
     * The villages that reported, cut into a few runs of codes with about as many villages in each;
     * each run cut again into bands of row numbers when a return is large (a ledger of one village).
     */
    private List<List<ProgrammeTotals.Slice>> slices(String period) {
        List<String> villages = jdbc.queryForList("SELECT DISTINCT village_code FROM intake_return WHERE period = ? "
                + "AND status = 'accepted' ORDER BY village_code", String.class, period);
        Integer largest = jdbc.queryForObject("SELECT MAX(rows_read) FROM intake_return WHERE period = ? "
                + "AND status = 'accepted'", Integer.class, period);
        int bands = largest == null ? 1 : largest / rowBand + 1;
        List<List<ProgrammeTotals.Slice>> slices = new ArrayList<>();
        int size = Math.max(1, (villages.size() + SLICES - 1) / SLICES);
        for (int first = 0; first < villages.size(); first += size) {
            String firstCode = villages.get(first);
            String lastCode = villages.get(Math.min(first + size, villages.size()) - 1);
            List<ProgrammeTotals.Slice> rowSlices = new ArrayList<>();
            for (int band = 0; band < bands; band++) {
                // the last band is open: rows_read counts a return's rows, not its largest row number
                int toRow = band == bands - 1 ? Integer.MAX_VALUE : (band + 1) * rowBand;
                rowSlices.add(new ProgrammeTotals.Slice(firstCode, lastCode, band * rowBand, toRow));
            }
            slices.add(rowSlices);
        }
        return slices;
    }

    private void write(String period, List<String> indicators, List<ProgrammeTotals.VillageValues> villages) {
        List<Object[]> rows = new ArrayList<>(indicators.size() * villages.size());
        for (ProgrammeTotals.VillageValues village : villages) {
            for (int i = 0; i < indicators.size(); i++) {
                rows.add(new Object[] {period, village.villageCode(), indicators.get(i), village.values()[i]});
            }
        }
        jdbc.batchUpdate(VILLAGE_TOTAL, rows);
    }

    /** One programme's reads of a run of villages, a band of rows each. */
    private record VillagesRead(ProgrammeTotals programme,
                                List<CompletableFuture<List<ProgrammeTotals.VillageValues>>> bands) {
    }

    private static <T> T joined(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
