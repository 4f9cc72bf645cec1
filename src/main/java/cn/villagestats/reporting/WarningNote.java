package cn.villagestats.reporting;

import java.util.Objects;

/** A warning on one file of the period, as the reports show it. */
public record WarningNote(String file, String sheet, int row, String column, String value, String reasonZh,
                          String reasonEn) {

    public WarningNote {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reasonZh, "reasonZh");
    }

    /** One line for the {@code warnings} column: where, then why, in Chinese. */
    public String text() {
        String where = sheet.isEmpty() ? "" : "“" + sheet + "”" + (row > 0 ? "第" + row + "行" : "") + "：";
        return where + reasonZh;
    }
}
