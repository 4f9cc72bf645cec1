package cn.villagestats.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes a period's totals in the database, set-based: per village first, then the
 * township as the sum over villages. The period's previous totals are replaced; the
 * caller runs this in one transaction so readers never see half a period.
 */
@Component
public class TotalsAggregator {

    private static final String CURRENT = " JOIN intake_return r ON r.id = x.return_id "
            + "WHERE r.period = ? AND r.status = 'accepted'";

    // Each staging table is scanned once: all its indicators per village in one GROUP BY,
    // then turned into one row per indicator by a join with the list of its indicators.
    private static final String VILLAGE_TOTALS = "INSERT INTO village_total (period, village_code, indicator, \"value\") "
            + "SELECT CAST(? AS VARCHAR(7)), v.code, 'returns.expected', 1 FROM village v "
            + "UNION ALL SELECT r.period, r.village_code, 'returns.received', 1 FROM intake_return r "
            + "WHERE r.period = ? AND r.status = 'accepted' "
            + programme("toilet_row", " AND NOT x.duplicate",
                    "toilet.households", "COUNT(*)",
                    "toilet.poor_households", "SUM(CASE WHEN x.poor_household THEN 1 ELSE 0 END)",
                    "toilet.accepted_households", "SUM(CASE WHEN x.acceptance = '已验收' THEN 1 ELSE 0 END)",
                    "toilet.subsidy_yuan", "COALESCE(SUM(x.subsidy_yuan), 0)")
            + programme("road_row", "",
                    "road.segments", "COUNT(*)",
                    "road.length_m", "SUM(x.length_m)",
                    "road.area_m2", "SUM(x.area_m2)",
                    "road.access_households",
                    "SUM(CASE WHEN x.household_access THEN COALESCE(x.households_served, 0) ELSE 0 END)",
                    "road.access_villages", "MAX(CASE WHEN x.household_access THEN 1 ELSE 0 END)",
                    "road.investment_10k_yuan", "COALESCE(SUM(x.investment_10k_yuan), 0)")
            + programme("surveillance_row", "",
                    "surveillance.points", "COUNT(*)",
                    "surveillance.cameras", "SUM(x.cameras)",
                    "surveillance.cameras_online", "SUM(x.cameras_online)",
                    "surveillance.connected_villages", "MAX(CASE WHEN x.connected THEN 1 ELSE 0 END)");

    private static final String TOWNSHIP_TOTALS = "INSERT INTO township_total (period, indicator, \"value\", villages, "
            + "computed_at, job_execution_id) SELECT CAST(? AS VARCHAR(7)), i.code, COALESCE(SUM(vt.\"value\"), 0), "
            + "COUNT(CASE WHEN vt.\"value\" <> 0 THEN 1 END), CAST(? AS TIMESTAMP), CAST(? AS BIGINT) FROM indicator i "
            + "LEFT JOIN village_total vt ON vt.indicator = i.code AND vt.period = ? GROUP BY i.code";

    private final JdbcTemplate jdbc;

    TotalsAggregator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void aggregate(String period, long jobExecutionId) {
        jdbc.update("DELETE FROM township_total WHERE period = ?", period);
        jdbc.update("DELETE FROM village_total WHERE period = ?", period);
        // every parameter of the village query is the period
        Object[] periods = new Object[(int) VILLAGE_TOTALS.chars().filter(c -> c == '?').count()];
        Arrays.fill(periods, period);
        jdbc.update(VILLAGE_TOTALS, periods);
        jdbc.update(TOWNSHIP_TOTALS, period, Timestamp.from(Instant.now()), jobExecutionId, period);
    }

    /**
     * One village's rows of a staging table, grouped once, as one row per indicator.
     * {@code indicatorsAndValues} alternates an indicator's code and its aggregate over {@code x}.
     */
    private static String programme(String table, String filter, String... indicatorsAndValues) {
        StringBuilder columns = new StringBuilder();
        StringBuilder pick = new StringBuilder("CASE k.indicator");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < indicatorsAndValues.length; i += 2) {
            String indicator = indicatorsAndValues[i];
            String column = "v" + i / 2;
            columns.append(", ").append(indicatorsAndValues[i + 1]).append(" AS ").append(column);
            pick.append(" WHEN '").append(indicator).append("' THEN g.").append(column);
            names.append(i == 0 ? "" : ", ").append("('").append(indicator).append("')");
        }
        return " UNION ALL SELECT g.period, g.village_code, k.indicator, " + pick + " END FROM (SELECT r.period, "
                + "r.village_code" + columns + " FROM " + table + " x" + CURRENT + filter
                + " GROUP BY r.period, r.village_code) g CROSS JOIN (VALUES " + names + ") AS k (indicator)";
    }
}
