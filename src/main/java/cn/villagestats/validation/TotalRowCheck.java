package cn.villagestats.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.workbook.CellKind;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.intake.TotalRow;
import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;

/**
 * Compares a village's own 合计 rows with the sums of its data rows as typed (accepted or
 * not: the clerk's total is of what the clerk typed). A difference is a warning, never a
 * rejection; only the columns marked {@link ReturnColumn#summed() summed} are compared (the
 * sum of widths or dates means nothing).
 */
public final class TotalRowCheck {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private static final double WHOLE_LIMIT = 1e15;

    private final Map<ReturnSheet, Sums> sheets = new IdentityHashMap<>();

    /** Adds a data row's numbers; cells that are no number add nothing (they are rejected elsewhere). */
    public void add(ReturnRow row) {
        List<ReturnColumn> columns = row.sheet().columns();
        Sums sums = null;
        for (int at = 0; at < columns.size(); at++) {
            SheetCell cell = row.cellAt(at);
            ReturnColumn column = columns.get(at);
            if (cell == null || !column.summed()) {
                continue;
            }
            if (sums == null) {
                sums = sheets.computeIfAbsent(row.sheet(), sheet -> new Sums(sheet.columns().size()));
            }
            if (!sums.addWhole(at, cell)) {
                Parsed<BigDecimal> parsed = Numbers.parse(cell, column.unit());
                if (parsed.isOk()) {
                    sums.decimals[at] = sums.decimals[at].add(parsed.value());
                }
            }
        }
    }

    public List<ReturnWarning> compare(List<TotalRow> totals) {
        List<ReturnWarning> warnings = new ArrayList<>();
        for (TotalRow total : totals) {
            Sums sums = sheets.get(total.sheet());
            total.cells().forEach((column, cell) -> {
                int at = total.sheet().indexOf(column);
                if (!column.summed() || at < 0) {
                    return;
                }
                Parsed<BigDecimal> typed = Numbers.parse(cell, column.unit());
                BigDecimal sum = sums == null ? BigDecimal.ZERO
                        : sums.decimals[at].add(BigDecimal.valueOf(sums.wholes[at]));
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

    /** A sheet's sums by column place: whole numbers, the common case, as longs (no BigDecimal per cell). */
    private static final class Sums {

        private final long[] wholes;
        private final BigDecimal[] decimals;

        Sums(int columns) {
            wholes = new long[columns];
            decimals = new BigDecimal[columns];
            Arrays.fill(decimals, BigDecimal.ZERO);
        }

        boolean addWhole(int at, SheetCell cell) {
            double value = cell.number();
            if (cell.kind() != CellKind.NUMBER || value != Math.rint(value) || Math.abs(value) >= WHOLE_LIMIT) {
                return false;
            }
            long sum = wholes[at] + (long) value;
            if (((wholes[at] ^ sum) & ((long) value ^ sum)) < 0) {
                // overflow: this cell goes the BigDecimal way
                return false;
            }
            wholes[at] = sum;
            return true;
        }
    }
}
