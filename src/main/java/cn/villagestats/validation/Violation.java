package cn.villagestats.validation;

import java.util.Objects;

/**
 * Why one cell (or one row) of a return was rejected, for the clerk in Chinese and for
 * the log in English. {@code value} is the value as typed; a 身份证号 in it or in the reasons
 * (typed in the wrong column, say) is masked here, so that none leaves the database whole.
 *
 * @param rowNumber one-based row number as Excel shows it; 0 for the cover or the whole file
 * @param column    the column header as the template prints it; empty for a whole row
 */
public record Violation(String sheet, int rowNumber, String column, String value, String reasonZh, String reasonEn) {

    public Violation {
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
}
