package cn.villagestats.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.programme.IndicatorDefinition;
import cn.villagestats.programme.Programme;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One programme's totals per village, computed by the database in one GROUP BY over its
 * staging table: a village's row holds every indicator of the programme, so the table is
 * scanned once. A slice of the villages and of their rows can be grouped apart; the parts of
 * one village then add up (or, for a "has any" indicator, take the greatest).
 */
final class ProgrammeTotals {

    private final List<String> indicators = new ArrayList<>();
    private final List<Boolean> greatest = new ArrayList<>();
    private final String query;

    /** The programme's indicators, each its aggregate over the programme's staged rows {@code x}. */
    ProgrammeTotals(Programme<?> programme) {
        StringBuilder columns = new StringBuilder();
        for (IndicatorDefinition indicator : programme.indicators()) {
            indicators.add(indicator.code());
            greatest.add(indicator.greatest());
            columns.append(", ").append(indicator.aggregate());
        }
        String filter = programme.countedRows().isEmpty() ? "" : " AND " + programme.countedRows();
        query = "SELECT r.village_code" + columns + " FROM " + programme.table().name() + " x "
                + "JOIN intake_return r ON r.id = x.return_id "
                + "WHERE r.period = ? AND r.status = 'accepted' AND r.village_code BETWEEN ? AND ? AND x.row_no >= ? "
                + "AND x.row_no < ?" + filter
                + " GROUP BY r.village_code";
    }

    /** The indicators, in the order of {@link VillageValues#values()}. */
    List<String> indicators() {
        return indicators;
    }

    /** The villages of {@code slice} that reported rows of this programme there, with its indicators' values. */
    List<VillageValues> read(JdbcTemplate jdbc, String period, Slice slice) {
        return jdbc.query(query, (rs, i) -> {
            BigDecimal[] values = new BigDecimal[indicators.size()];
            for (int v = 0; v < values.length; v++) {
                values[v] = rs.getBigDecimal(v + 2);
            }
            return new VillageValues(rs.getString(1), values);
        }, period, slice.firstCode(), slice.lastCode(), slice.fromRow(), slice.toRow());
    }

    /** The parts of the same villages read from slices of their rows, as one value per village. */
    List<VillageValues> combined(List<List<VillageValues>> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Map<String, BigDecimal[]> villages = new LinkedHashMap<>();
        for (List<VillageValues> part : parts) {
            for (VillageValues village : part) {
                villages.merge(village.villageCode(), village.values(), this::combined);
            }
        }
        List<VillageValues> combined = new ArrayList<>(villages.size());
        villages.forEach((code, values) -> combined.add(new VillageValues(code, values)));
        return combined;
    }

    private BigDecimal[] combined(BigDecimal[] a, BigDecimal[] b) {
        BigDecimal[] values = new BigDecimal[a.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = a[i] == null ? b[i] : b[i] == null ? a[i] : greatest.get(i) ? a[i].max(b[i]) : a[i].add(b[i]);
        }
        return values;
    }

    /** Villages {@code firstCode} to {@code lastCode}, their rows {@code fromRow} to before {@code toRow}. */
    record Slice(String firstCode, String lastCode, int fromRow, int toRow) {
    }

    /** A village's values of one programme's indicators. */
    record VillageValues(String villageCode, BigDecimal[] values) {
    }
}
