package cn.villagestats.consolidation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.villagestats.programme.IndicatorDefinition;
import cn.villagestats.programme.Programmes;
import cn.villagestats.validation.ReturnWarning;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Warns a current return whose village figures fell to less than half of the previous
 * period's (cameras online dropping to zero, say): more likely a lost sheet or a typing
 * slip than a real change. Year-to-date figures (toilets, roads) start again each January,
 * so they are compared only within a year.
 */
class PreviousPeriodWarnings {

    private final JdbcTemplate jdbc;
    private final StagingRepository staging;
    private final List<String> allYear;
    private final List<String> withinYear;

    /** The indicators compared are those the programmes mark so ({@link IndicatorDefinition#previous()}). */
    PreviousPeriodWarnings(JdbcTemplate jdbc, StagingRepository staging, Programmes programmes) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.allYear = codes(programmes, IndicatorDefinition.PreviousPeriod.ALL_YEAR);
        this.withinYear = codes(programmes, IndicatorDefinition.PreviousPeriod.WITHIN_YEAR);
    }

    private static List<String> codes(Programmes programmes, IndicatorDefinition.PreviousPeriod previous) {
        return programmes.all().stream().flatMap(p -> p.indicators().stream())
                .filter(indicator -> indicator.previous() == previous).map(IndicatorDefinition::code).toList();
    }

    void apply(String period) {
        YearMonth current = YearMonth.parse(period);
        YearMonth previous = current.minusMonths(1);
        List<String> indicators = new ArrayList<>(allYear);
        if (previous.getYear() == current.getYear()) {
            indicators.addAll(withinYear);
        }
        if (indicators.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM return_warning WHERE kind = ? AND return_id IN "
                + "(SELECT id FROM intake_return WHERE period = ?)", StagingRepository.PREVIOUS_WARNING, period);
        String in = indicators.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "));
        List<Drop> drops = jdbc.query("SELECT r.id, i.name, i.unit, p.\"value\", COALESCE(c.\"value\", 0) "
                        + "FROM village_total p "
                        + "JOIN intake_return r ON r.village_code = p.village_code AND r.period = ? "
                        + "AND r.status = 'accepted' "
                        + "JOIN indicator i ON i.code = p.indicator "
                        + "LEFT JOIN village_total c ON c.village_code = p.village_code AND c.indicator = p.indicator "
                        + "AND c.period = r.period "
                        + "WHERE p.period = ? AND p.indicator IN (" + in + ") "
                        + "AND COALESCE(c.\"value\", 0) * 2 < p.\"value\" ORDER BY r.id, i.position",
                (rs, n) -> new Drop(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)), period, previous.toString());
        Map<Long, List<ReturnWarning>> byReturn = drops.stream().collect(Collectors.groupingBy(Drop::returnId,
                Collectors.mapping(d -> d.warning(previous), Collectors.toList())));
        byReturn.forEach((returnId, warnings) ->
                staging.insertWarnings(returnId, StagingRepository.PREVIOUS_WARNING, warnings));
    }

    private record Drop(long returnId, String name, String unit, BigDecimal before, BigDecimal now) {

        ReturnWarning warning(YearMonth previous) {
            String was = plain(before);
            String is = plain(now);
            return ReturnWarning.ofReturn(
                    name + "从上期（" + previous + "）的" + was + unit + "降到了" + is + unit + "，请核对是否漏填",
                    name + " fell from " + was + " in " + previous + " to " + is);
        }

        private static String plain(BigDecimal value) {
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        }
    }
}
