package cn.villagestats.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Reads the reporting tables for the export and the run summary. */
@Repository
public class TotalsRepository {

    private final JdbcTemplate jdbc;

    TotalsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The period's totals, one per indicator, in the order of {@code seeds/indicators.csv}. */
    public List<TownshipTotal> township(String period) {
        return jdbc.query("SELECT t.period, t.indicator, i.name, i.unit, t.\"value\", t.villages FROM township_total t "
                        + "JOIN indicator i ON i.code = t.indicator WHERE t.period = ? ORDER BY i.position",
                (rs, n) -> new TownshipTotal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getInt(6)), period);
    }

    /**
     * The registry villages from which nothing came (未报), in code order; a village whose
     * return was rejected is not among them. The others are not held.
     */
    public List<VillageTotals> missingVillages(String period) {
        List<VillageTotals> missing = new ArrayList<>();
        forEachVillage(period, village -> {
            if (village.status().equals(VillageTotals.MISSING)) {
                missing.add(village);
            }
        });
        return missing;
    }

    /**
     * Every registry village with its values, one at a time in code order, streamed from the
     * database: a province's 100,000 villages of 20 values each need not be held at once. A
     * village without an accepted return is 已报·被退回 (rejected) when a return of its came and
     * was rejected whole, else 未报 (missing).
     */
    public void forEachVillage(String period, Consumer<VillageTotals> action) {
        VillageLines lines = new VillageLines(action);
        jdbc.query("SELECT v.code, v.name, vt.indicator, vt.\"value\", rj.village_code FROM village v "
                + "LEFT JOIN (SELECT DISTINCT village_code FROM intake_return WHERE period = ? AND status = 'rejected' "
                + "AND village_code IS NOT NULL) rj ON rj.village_code = v.code "
                + "LEFT JOIN village_total vt ON vt.village_code = v.code AND vt.period = ? ORDER BY v.code",
                (RowCallbackHandler) rs -> lines.add(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5) != null), period, period);
        lines.finish();
    }

    /** Gathers the consecutive rows of one village into its line. */
    private static final class VillageLines {

        private final Consumer<VillageTotals> action;
        private String code;
        private String name;
        private boolean rejected;
        private final Map<String, BigDecimal> values = new HashMap<>();

        VillageLines(Consumer<VillageTotals> action) {
            this.action = action;
        }

        void add(String villageCode, String villageName, String indicator, BigDecimal value, boolean returnRejected) {
            if (!villageCode.equals(code)) {
                finish();
                code = villageCode;
                name = villageName;
                rejected = returnRejected;
            }
            if (indicator != null) {
                values.put(indicator, value);
            }
        }

        void finish() {
            if (code != null) {
                boolean received = values.getOrDefault("returns.received", BigDecimal.ZERO).signum() > 0;
                String status = received ? VillageTotals.REPORTED
                        : rejected ? VillageTotals.REJECTED : VillageTotals.MISSING;
                action.accept(new VillageTotals(code, name, status, values));
                values.clear();
                code = null;
            }
        }
    }
}
