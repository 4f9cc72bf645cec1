package cn.villagestats.reporting;

import java.util.Map;
import java.util.Set;

import cn.villagestats.spreadsheet.Look;
import cn.villagestats.spreadsheet.Shade;

/** The looks of the county workbook's printed tables, and each indicator's number format. */
final class TableLooks {

    static final Look TITLE = Look.PLAIN.asBold().points(16).align(Look.Align.CENTRE);
    static final Look LINE = Look.PLAIN;
    static final Look HEADER = Look.PLAIN.asBold().withBorders().withWrapping().align(Look.Align.CENTRE).shade(Shade.GREY);
    static final Look TEXT = Look.PLAIN.withBorders();
    static final Look CENTRED = TEXT.align(Look.Align.CENTRE);
    static final Look TOTAL_TEXT = CENTRED.asBold();

    /** The fill of each 报送情况 a village may have; another status is shown unfilled. */
    private static final Map<String, Shade> STATUS_SHADES = Map.of(
            VillageTotals.REPORTED, Shade.PALE_GREEN,
            VillageTotals.MISSING, Shade.PALE_ORANGE,
            VillageTotals.REJECTED, Shade.ROSE);

    /** Units of sums of amounts typed with decimals (DECIMAL(…, 2) in the staging tables); the rest are counts. */
    private static final Set<String> DECIMAL_UNITS = Set.of("元", "万元", "米", "平方米");

    private TableLooks() {
    }

    /** Thousands separators, and two decimals only where the indicator's unit is an amount. */
    static String numberFormat(String unit) {
        return DECIMAL_UNITS.contains(unit) ? "#,##0.00" : "#,##0";
    }

    /** A difference shows its sign: +12, -3, 0. */
    static String changeFormat(String unit) {
        String format = numberFormat(unit);
        return "+" + format + ";-" + format + ";" + format.substring(format.indexOf('0'));
    }

    static Look value(String unit) {
        return TEXT.format(numberFormat(unit));
    }

    static Look status(String status) {
        Shade shade = STATUS_SHADES.get(status);
        return shade == null ? CENTRED : CENTRED.shade(shade);
    }

    /** {@code 2020-12} as a title writes it: 2020年12月. */
    static String month(String period) {
        return period.substring(0, 4) + "年" + Integer.parseInt(period.substring(5, 7)) + "月";
    }
}
