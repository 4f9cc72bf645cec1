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
            + "WHERE r.period = ? AND r.status = 'accepted' GROUP BY r.village_code";

    private static final String VILLAGE_TOTALS = "INSERT INTO village_total (period, village_code, indicator, \"value\") "
            + "SELECT CAST(? AS VARCHAR(7)), v.code, 'returns.expected', 1 FROM village v "
            + "UNION ALL SELECT r.period, r.village_code, 'returns.received', 1 FROM intake_return r "
            + "WHERE r.period = ? AND r.status = 'accepted' "
            + toilets("toilet.households", "COUNT(*)")
            + toilets("toilet.poor_households", "SUM(CASE WHEN x.poor_household THEN 1 ELSE 0 END)")
            + toilets("toilet.accepted_households", "SUM(CASE WHEN x.acceptance = '已验收' THEN 1 ELSE 0 END)")
            + toilets("toilet.subsidy_yuan", "COALESCE(SUM(x.subsidy_yuan), 0)")
            + programme("road_row", "road.segments", "COUNT(*)")
            + programme("road_row", "road.length_m", "SUM(x.length_m)")
            + programme("road_row", "road.area_m2", "SUM(x.area_m2)")
            + programme("road_row", "road.access_households",
                    "SUM(CASE WHEN x.household_access THEN COALESCE(x.households_served, 0) ELSE 0 END)")
            + programme("road_row", "road.access_villages", "MAX(CASE WHEN x.household_access THEN 1 ELSE 0 END)")
            + programme("road_row", "road.investment_10k_yuan", "COALESCE(SUM(x.investment_10k_yuan), 0)")
            + programme("surveillance_row", "surveillance.points", "COUNT(*)")
            + programme("surveillance_row", "surveillance.cameras", "SUM(x.cameras)")
            + programme("surveillance_row", "surveillance.cameras_online", "SUM(x.cameras_online)")
            + programme("surveillance_row", "surveillance.connected_villages",
                    "MAX(CASE WHEN x.connected THEN 1 ELSE 0 END)");

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

    private static String toilets(String indicator, String value) {
        return " UNION ALL SELECT r.period, r.village_code, '" + indicator + "', " + value + " FROM toilet_row x"
                + CURRENT.replace("GROUP BY", "AND NOT x.duplicate GROUP BY r.period,");
    }

    private static String programme(String table, String indicator, String value) {
        return " UNION ALL SELECT r.period, r.village_code, '" + indicator + "', " + value + " FROM " + table + " x"
                + CURRENT.replace("GROUP BY", "GROUP BY r.period,");
    }
}
