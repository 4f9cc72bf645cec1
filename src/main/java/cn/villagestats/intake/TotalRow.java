package cn.villagestats.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;

/**
 * A village's own total row ({@code 合计}, {@code 总计}, {@code 小计}): not data, but kept so
 * its figures can be compared with the sums of the data rows.
 */
public record TotalRow(ReturnSheet sheet, String sheetName, int rowNumber, Map<ReturnColumn, SheetCell> cells) {

    public TotalRow {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(sheetName, "sheetName");
        if (rowNumber < 1) {
            throw new IllegalArgumentException("row number must be >= 1: " + rowNumber);
        }
        // in the order given (the template's), so that its warnings come in the order of the columns
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }
}
