package cn.villagestats.programme.roads;

import java.math.BigDecimal;
import java.time.YearMonth;

import cn.villagestats.intake.ReturnRow;
import cn.villagestats.validation.CompletionDates;
import cn.villagestats.validation.Enumerations;
import cn.villagestats.validation.RowReader;
import cn.villagestats.validation.RowRule;
import cn.villagestats.validation.ValidatedRow;

import static cn.villagestats.programme.roads.RoadSheet.*;

/** Applies the 道路硬化 rules to one row. */
final class RoadRowValidator implements RowRule {

    /**
     * 100亿元 for one segment of a village road is a figure typed in 元, not 万元; the bound also
     * keeps a million rows' sum inside the totals' columns, which would otherwise fail the run.
     */
    private static final BigDecimal INVESTMENT_LIMIT = new BigDecimal("1000000");
    /** The area may differ from length x width by this share (rounding, widened bends). */
    private static final BigDecimal AREA_TOLERANCE = new BigDecimal("0.05");
    private static final Enumerations SURFACES = Enumerations.of(SURFACE);

    private final YearMonth period;

    RoadRowValidator(YearMonth period) {
        this.period = period;
    }

    @Override
    public ValidatedRow validate(ReturnRow row) {
        RowReader r = new RowReader(row);
        r.whole(NO, false);
        String name = r.text(NAME, true, 128);
        BigDecimal length = r.number(LENGTH_M, true);
        boolean lengthOk = r.within(LENGTH_M, length, 1, 20000);
        BigDecimal width = r.number(WIDTH_M, true);
        boolean widthOk = r.within(WIDTH_M, width, 2, 12);
        BigDecimal area = r.number(AREA_M2, true);
        if (area != null && lengthOk && widthOk) {
            checkArea(r, length, width, area);
        }
        String surface = r.choice(SURFACE, SURFACES);
        Boolean access = r.yesNo(HOUSEHOLD_ACCESS, true);
        // only a segment known to reach households' doors must say how many it serves
        Integer served = null;
        if (row.hasColumn(HOUSEHOLDS_SERVED)) {
            served = r.whole(HOUSEHOLDS_SERVED, Boolean.TRUE.equals(access));
            r.within(HOUSEHOLDS_SERVED, served, 0, 2000);
        } else if (Boolean.TRUE.equals(access)) {
            r.reject(HOUSEHOLDS_SERVED, "是否户户通为“是”，但工作表中没有“受益户数”列：请加上该列并填写受益户数",
                    "a 户户通 (household access) segment, but the sheet has no 受益户数 (households_served) column: "
                            + "add the column and fill in the households served");
        }
        var completedOn = CompletionDates.read(r, COMPLETED_ON, period);
        BigDecimal investment = r.number(INVESTMENT_10K_YUAN, false);
        if (investment != null && investment.signum() < 0) {
            r.reject(INVESTMENT_10K_YUAN, "投资(万元)不能为负数，填的是" + investment.toPlainString(),
                    "investment (10k yuan) must be 0 or more, got " + investment.toPlainString());
        } else if (investment != null && investment.compareTo(INVESTMENT_LIMIT) >= 0) {
            r.reject(INVESTMENT_10K_YUAN, "投资(万元)应小于" + INVESTMENT_LIMIT.toPlainString() + "（100亿元），填的是"
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
            r.reject(AREA_M2, "面积(平方米)(" + area.toPlainString() + ")与长度×宽度(" + product + ")相差超过5%",
                    "area (m2) (" + area.toPlainString() + ") differs from length x width (" + product.replace('×', 'x')
                            + ") by more than 5%");
        }
    }
}
