package cn.villagestats.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
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

    /** Every registry village with its values; a village without an accepted return is 未报 (missing). */
    public List<VillageTotals> byVillage(String period) {
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.query("SELECT village_code, indicator, \"value\" FROM village_total WHERE period = ?", rs -> {
            values.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
        }, period);
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("SELECT code, name FROM village ORDER BY code", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        List<VillageTotals> villages = new ArrayList<>();
        names.forEach((code, name) -> {
            Map<String, BigDecimal> v = values.getOrDefault(code, Map.of());
            boolean received = v.getOrDefault("returns.received", BigDecimal.ZERO).signum() > 0;
            villages.add(new VillageTotals(code, name, received ? "已报" : "未报", v));
        });
        return villages;
    }
}
