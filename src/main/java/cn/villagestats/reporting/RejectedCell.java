package cn.villagestats.reporting;

/** One line of {@code rejected-rows-<period>.csv}; the value has 身份证号 masked already. */
public record RejectedCell(String file, String villageCode, String sheet, int row, String column, String value,
                           String reasonZh, String reasonEn) {
}
