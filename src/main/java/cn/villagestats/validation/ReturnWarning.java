package cn.villagestats.validation;

import java.util.Objects;

/**
 * Something in a return worth the clerk's attention that rejects nothing: a 合计 row that
 * does not add up, an unknown sheet or column, more households than the registry holds.
 *
 * @param sheet     the sheet as the workbook names it; empty for the whole return
 * @param rowNumber one-based row number as Excel shows it; 0 for a sheet or the whole return
 * @param column    the column header as the template prints it; empty when none
 * @param value     the value as typed, empty when none; a 身份证号 in it or in the reasons is masked
 */
public record ReturnWarning(String sheet, int rowNumber, String column, String value, String reasonZh,
                            String reasonEn) {

    public ReturnWarning {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
        if (rowNumber < 0) {
            throw new IllegalArgumentException("rowNumber must be >= 0");
        }
        value = IdNumbers.maskWithin(value);
        reasonZh = IdNumbers.maskWithin(reasonZh);
        reasonEn = IdNumbers.maskWithin(reasonEn);
    }

    /** A warning about the whole return. */
    public static ReturnWarning ofReturn(String reasonZh, String reasonEn) {
        return new ReturnWarning("", 0, "", "", reasonZh, reasonEn);
    }
}
