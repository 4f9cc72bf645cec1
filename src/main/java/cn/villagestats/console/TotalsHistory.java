package cn.villagestats.console;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The indicators, and one indicator's township totals over the periods up to a chosen one, for 报送情况's charts. */
@Repository
class TotalsHistory {

    static final int PERIODS = 12;

    private final JdbcTemplate jdbc;

    TotalsHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An indicator as the picker offers it. */
    record Indicator(String code, String name, String unit) {
    }

    /** Every indicator in the order of {@code seeds/indicators.csv}. */
    List<Indicator> indicators() {
        return jdbc.query("SELECT code, name, unit FROM indicator ORDER BY position",
                (rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** The township totals of the twelve periods ending at {@code last}, oldest first; a period without totals is a gap. */
    List<Chart.Point> series(String indicator, YearMonth last) {
        YearMonth first = last.minusMonths(PERIODS - 1);
        Map<String, BigDecimal> values = new HashMap<>();
        // Periods are stored as yyyy-MM, so their text sorts as their months do.
        jdbc.query("SELECT period, \"value\" FROM township_total WHERE indicator = ? AND period BETWEEN ? AND ?",
                (RowCallbackHandler) rs -> values.put(rs.getString(1), rs.getBigDecimal(2)),
                indicator, first.toString(), last.toString());
        List<Chart.Point> points = new ArrayList<>(PERIODS);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            points.add(new Chart.Point(month.toString(), month.toString(), values.get(month.toString())));
        }
        return points;
    }
}
