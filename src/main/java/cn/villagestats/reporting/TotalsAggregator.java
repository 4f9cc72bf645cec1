package cn.villagestats.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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
    private static final List<ProgrammeTotals> PROGRAMMES = List.of(ProgrammeTotals.TOILETS, ProgrammeTotals.ROADS,
            ProgrammeTotals.SURVEILLANCE);

    private static final String TOWNSHIP_TOTALS = "INSERT INTO township_total (period, indicator, \"value\", villages, "
            + "computed_at, job_execution_id) SELECT CAST(? AS VARCHAR(7)), i.code, COALESCE(SUM(vt.\"value\"), 0), "
            + "COUNT(CASE WHEN vt.\"value\" <> 0 THEN 1 END), CAST(? AS TIMESTAMP), CAST(? AS BIGINT) FROM indicator i "
            + "LEFT JOIN village_total vt ON vt.indicator = i.code AND vt.period = ? GROUP BY i.code";

    private final JdbcTemplate jdbc;
    private final Executor pool;

    /** The programmes are read on {@code pool}, the load's, idle by then. */
    TotalsAggregator(JdbcTemplate jdbc, @Qualifier("loadTaskExecutor") Executor pool) {
        this.jdbc = jdbc;
        this.pool = pool;
    }

    public void aggregate(String period, long jobExecutionId) {
        // The programmes are grouped a slice of villages at a time, at once, each on a connection of
        // its own: they read what the steps before committed (staged rows, repeats), and are written
        // here, in the caller's transaction. A village's values of a programme are one row until written.
        List<ProgrammeTotals.VillageSlice> slices = slices(period);
        List<CompletableFuture<List<ProgrammeTotals.VillageValues>>> parts = new ArrayList<>();
        for (ProgrammeTotals programme : PROGRAMMES) {
            for (ProgrammeTotals.VillageSlice slice : slices) {
                parts.add(CompletableFuture.supplyAsync(() -> programme.read(jdbc, period, slice), pool));
            }
        }
        jdbc.update("DELETE FROM township_total WHERE period = ?", period);
        jdbc.update("DELETE FROM village_total WHERE period = ?", period);
        jdbc.update(COUNTED_RETURNS, period, period);
        for (int i = 0; i < parts.size(); i++) {
            write(period, PROGRAMMES.get(i / slices.size()).indicators(), joined(parts.get(i)));
        }
        jdbc.update(TOWNSHIP_TOTALS, period, Timestamp.from(Instant.now()), jobExecutionId, period);
    }

    /** The villages that reported, cut into a few runs of codes, about as many villages in each. */
    private List<ProgrammeTotals.VillageSlice> slices(String period) {
        List<String> villages = jdbc.queryForList("SELECT DISTINCT village_code FROM intake_return WHERE period = ? "
                + "AND status = 'accepted' ORDER BY village_code", String.class, period);
        List<ProgrammeTotals.VillageSlice> slices = new ArrayList<>();
        int size = Math.max(1, (villages.size() + SLICES - 1) / SLICES);
        for (int first = 0; first < villages.size(); first += size) {
            int last = Math.min(first + size, villages.size()) - 1;
            slices.add(new ProgrammeTotals.VillageSlice(villages.get(first), villages.get(last)));
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

    private static <T> T joined(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
