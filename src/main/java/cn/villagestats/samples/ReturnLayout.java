package cn.villagestats.samples;

/**
 * How one village's clerk happened to lay out and type the return: file format and name,
 * header spelling, title and total rows, and the forms dates, yes/no and numbers take.
 * Every variation is one the contract accepts.
 */
record ReturnLayout(String fileName, boolean xls, Headers headers, boolean titleRows, boolean totalRows,
                    boolean reorderedColumns, boolean blankRowInMiddle, SheetOrder sheetOrder,
                    DateForm dateForm, YesNoForm yesNoForm, NumberForm numberForm, boolean areaFormulas,
                    CoverStyle cover, Omitted omitted) {

    /** How the headers are spelt. */
    enum Headers { TEMPLATE, FULL_WIDTH, WRAPPED, ENGLISH }

    enum SheetOrder { TEMPLATE, COVER_LAST, ROADS_FIRST }

    enum DateForm { DATE_CELL, CHINESE_DATE_CELL, SERIAL, ISO_TEXT, SLASH_TEXT, DOT_TEXT, CHINESE_TEXT, COMPACT_TEXT }

    enum YesNoForm { CHINESE, Y_N, YES_NO, TICK_CROSS, ONE_ZERO, BOOLEAN }

    /** The text form some whole numbers are typed in; {@code NONE} keeps them numeric. */
    enum NumberForm { NONE, THOUSANDS, UNIT_SUFFIX, FULL_WIDTH, PADDED, DECIMAL }

    enum PeriodForm { ISO, CHINESE, COMPACT, SLASH }

    /** The cover's look: where the labels sit and how code, name and period are typed. */
    record CoverStyle(int labelColumn, boolean title, boolean codeAsNumber, boolean nameWithoutSuffix,
                      PeriodForm periodForm, boolean templateVersion) {
    }

    /** Optional columns the clerk deleted from the template. */
    record Omitted(boolean group, boolean subsidy, boolean investment, boolean builtOn) {
    }

    boolean english() {
        return headers == Headers.ENGLISH;
    }
}
