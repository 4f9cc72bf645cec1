package cn.villagestats.validation;

import cn.villagestats.intake.ReturnRow;

import java.math.BigDecimal;
import java.time.YearMonth;

import static cn.villagestats.intake.ReturnColumn.*;

/** Applies the 道路硬化 rules to one row. */
final class RoadRowValidator {

    /**
     * 100亿元 for one segment of a village road is a figure typed in 元, not 万元; the bound also
     * keeps a million rows' sum inside the totals' columns, which would otherwise fail the run.
     */
    private static final BigDecimal INVESTMENT_LIMIT = new BigDecimal("1000000");
    /** The area may differ from length x width by this share (rounding, widened bends). */
    private static final BigDecimal AREA_TOLERANCE = new BigDecimal("0.05");

    private final YearMonth period;

    RoadRowValidator(YearMonth period) {
        this.period = period;
    }

    ValidatedRow validate(ReturnRow row) {
        RowReader r = new RowReader(row);
        r.whole(ROAD_NO, Unit.NONE, false);
        String name = r.text(ROAD_NAME, true, 128);
        BigDecimal length = r.number(ROAD_LENGTH_M, Unit.METRE, true);
        boolean lengthOk = r.within(ROAD_LENGTH_M, length, 1, 20000);
        BigDecimal width = r.number(ROAD_WIDTH_M, Unit.METRE, true);
        boolean widthOk = r.within(ROAD_WIDTH_M, width, 2, 12);
        BigDecimal area = r.number(ROAD_AREA_M2, Unit.SQUARE_METRE, true);
        if (area != null && lengthOk && widthOk) {
            checkArea(r, length, width, area);
        }
        String surface = r.choice(ROAD_SURFACE, Enumerations.SURFACES);
        Boolean access = r.yesNo(ROAD_HOUSEHOLD_ACCESS, true);
        // only a segment known to reach households' doors must say how many it serves
        Integer served = null;
        if (row.hasColumn(ROAD_HOUSEHOLDS_SERVED)) {
            served = r.whole(ROAD_HOUSEHOLDS_SERVED, Unit.HOUSEHOLD, Boolean.TRUE.equals(access));
            r.within(ROAD_HOUSEHOLDS_SERVED, served, 0, 2000);
        } else if (Boolean.TRUE.equals(access)) {
            r.reject(ROAD_HOUSEHOLDS_SERVED, "是否户户通为“是”，但工作表中没有“受益户数”列：请加上该列并填写受益户数",
                    "a 户户通 (household access) segment, but the sheet has no 受益户数 (households_served) column: "
                            + "add the column and fill in the households served");
        }
        var completedOn = CompletionDates.read(r, ROAD_COMPLETED_ON, period);
        BigDecimal investment = r.number(ROAD_INVESTMENT_10K_YUAN, Unit.TEN_THOUSAND_YUAN, false);
        if (investment != null && investment.signum() < 0) {
            r.reject(ROAD_INVESTMENT_10K_YUAN, "投资(万元)不能为负数，填的是" + investment.toPlainString(),
                    "investment (10k yuan) must be 0 or more, got " + investment.toPlainString());
        } else if (investment != null && investment.compareTo(INVESTMENT_LIMIT) >= 0) {
            r.reject(ROAD_INVESTMENT_10K_YUAN, "投资(万元)应小于" + INVESTMENT_LIMIT.toPlainString() + "（100亿元），填的是"
                    + investment.toPlainString() + "，是否按元填写了？", "investment (10k yuan) must be less than "
                    + INVESTMENT_LIMIT.toPlainString() + " (10 billion yuan), got " + investment.toPlainString()
                    + ": typed in yuan?");
        }
        if (r.hasViolations()) {
            return ValidatedRow.rejected(row.sheetName(), row.rowNumber(), r.violations());
        }
        return ValidatedRow.accepted(row.sheetName(), new RoadRecord(row.rowNumber(), name, length, width, area,
                surface, access, served, completedOn, investment));
    }

    private static void checkArea(RowReader r, BigDecimal length, BigDecimal width, BigDecimal area) {
        BigDecimal expected = length.multiply(width);
        BigDecimal allowed = expected.multiply(AREA_TOLERANCE);
        if (area.subtract(expected).abs().compareTo(allowed) > 0) {
            String product = length.toPlainString() + "×" + width.toPlainString() + "=" + expected.stripTrailingZeros().toPlainString();
            r.reject(ROAD_AREA_M2, "面积(平方米)(" + area.toPlainString() + ")与长度×宽度(" + product + ")相差超过5%",
                    "area (m2) (" + area.toPlainString() + ") differs from length x width (" + product.replace('×', 'x')
                            + ") by more than 5%");
        }
    }
}
