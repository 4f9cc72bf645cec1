package cn.villagestats.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.intake.ReturnColumn;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.intake.TotalRow;
import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;

/**
 * Compares a village's own 合计 rows with the sums of its data rows as typed (accepted or
 * not: the clerk's total is of what the clerk typed). A difference is a warning, never a
 * rejection; columns whose sum means nothing (width, dates) are not compared.
 */
public final class TotalRowCheck {

    private static final Map<ReturnColumn, Unit> SUMMED = new EnumMap<>(Map.of(
            ReturnColumn.TOILET_SUBSIDY_YUAN, Unit.YUAN,
            ReturnColumn.ROAD_LENGTH_M, Unit.METRE,
            ReturnColumn.ROAD_AREA_M2, Unit.SQUARE_METRE,
            ReturnColumn.ROAD_HOUSEHOLDS_SERVED, Unit.HOUSEHOLD,
            ReturnColumn.ROAD_INVESTMENT_10K_YUAN, Unit.TEN_THOUSAND_YUAN,
            ReturnColumn.POINT_CAMERAS, Unit.PIECE,
            ReturnColumn.POINT_CAMERAS_ONLINE, Unit.PIECE));
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private static final double WHOLE_LIMIT = 1e15;

    private final Map<ReturnColumn, BigDecimal> sums = new EnumMap<>(ReturnColumn.class);
    /** Whole numbers, the common case, summed as longs by column ordinal: no BigDecimal per cell. */
    private final long[] wholeSums = new long[ReturnColumn.values().length];

    /** Adds a data row's numbers; cells that are no number add nothing (they are rejected elsewhere). */
    public void add(ReturnRow row) {
        row.cells().forEach((column, cell) -> {
            Unit unit = SUMMED.get(column);
            if (unit != null && !addWhole(column, cell)) {
                Parsed<BigDecimal> parsed = Numbers.parse(cell, unit);
                if (parsed.isOk()) {
                    sums.merge(column, parsed.value(), BigDecimal::add);
                }
            }
        });
    }

    private boolean addWhole(ReturnColumn column, SheetCell cell) {
        double value = cell.number();
        if (cell.kind() != CellKind.NUMBER || value != Math.rint(value) || Math.abs(value) >= WHOLE_LIMIT) {
            return false;
        }
        int at = column.ordinal();
        long sum = wholeSums[at] + (long) value;
        if (((wholeSums[at] ^ sum) & ((long) value ^ sum)) < 0) {
            // overflow: this cell goes the BigDecimal way
            return false;
        }
        wholeSums[at] = sum;
        return true;
    }

    public List<ReturnWarning> compare(List<TotalRow> totals) {
        List<ReturnWarning> warnings = new ArrayList<>();
        for (TotalRow total : totals) {
            total.cells().forEach((column, cell) -> {
                Unit unit = SUMMED.get(column);
                if (unit == null) {
                    return;
                }
                Parsed<BigDecimal> typed = Numbers.parse(cell, unit);
                BigDecimal sum = sums.getOrDefault(column, BigDecimal.ZERO)
                        .add(BigDecimal.valueOf(wholeSums[column.ordinal()]));
                if (typed.isOk() && typed.value().subtract(sum).abs().compareTo(TOLERANCE) > 0) {
                    String plainSum = sum.stripTrailingZeros().toPlainString();
                    warnings.add(new ReturnWarning(total.sheetName(), total.rowNumber(), column.header(), cell.text(),
                            "合计行的“" + column.header() + "”是" + cell.text() + "，但各行相加是" + plainSum
                                    + "，请核对",
                            "the total row's " + column.alias() + " is " + cell.text() + " but the rows add up to "
                                    + plainSum));
                }
            });
        }
        return warnings;
    }
}
