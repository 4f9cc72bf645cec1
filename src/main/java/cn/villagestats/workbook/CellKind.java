package cn.villagestats.workbook;

/** What a cell held, as the clerk's spreadsheet program stored it. */
public enum CellKind {
    BLANK,
    TEXT,
    NUMBER,
    /** A numeric cell with a date format; its text is the ISO date (or date-time). */
    DATE,
    BOOLEAN,
    /** An error value such as {@code #DIV/0!}, typed or cached from a formula. */
    ERROR,
    /** A formula whose result was never calculated and saved. */
    FORMULA_WITHOUT_RESULT
}
