package cn.villagestats.workbook;

import java.util.List;

/**
 * The reasons a workbook cannot be read, worded once for the whole reader. Public for the
 * {@code xlsx} and {@code xls} readers inside this package, not for the rest of the application.
 */
public final class Unreadable {

    private Unreadable() {
    }

    public static UnreadableWorkbookException of(String zh, String en, Throwable cause) {
        return new UnreadableWorkbookException(zh, en, cause);
    }

    public static UnreadableWorkbookException notAWorkbook(Throwable cause) {
        return of("文件不是Excel工作簿", "the file is not an Excel workbook", cause);
    }

    public static UnreadableWorkbookException damaged(Throwable cause) {
        return of("工作簿已损坏，无法读取", "the workbook is damaged and cannot be read", cause);
    }

    public static UnreadableWorkbookException passwordProtected(Throwable cause) {
        return of("工作簿设置了密码，请取消密码后重新报送", "workbook is password-protected", cause);
    }

    public static UnreadableWorkbookException sheetDamaged(String sheet, Throwable cause) {
        return of("工作表“" + sheet + "”已损坏，无法读取", "sheet " + sheet + " is damaged and cannot be read", cause);
    }

    public static UnreadableWorkbookException truncated(Throwable cause) {
        return of("工作簿已损坏或不完整（文件可能没有传完整），请重新保存后再报送",
                "the workbook is damaged or truncated (the file may not have been copied whole)", cause);
    }

    public static UnreadableWorkbookException zipBomb(Throwable cause) {
        return of("工作簿内容解压后异常膨胀（疑似“压缩炸弹”），已拒收，请用Excel重新保存后再报送",
                "zip bomb: a part of the workbook inflates far beyond its compressed size", cause);
    }

    public static UnreadableWorkbookException partTooLarge(String part, long bytes) {
        return of("工作簿中的“" + part + "”解压后有" + megabytes(bytes) + "，超过允许的大小，已拒收",
                "part " + part + " inflates to " + megabytes(bytes) + ", over the size limit", null);
    }

    public static UnreadableWorkbookException sharedStringsTooLarge(long bytes, long limit) {
        return of("工作簿的共享字符串表超过" + megabytes(limit) + "，过大，已拒收；请删除多余内容后重新保存",
                "shared strings table too large (over " + megabytes(limit) + ", " + megabytes(bytes)
                        + " read)", null);
    }

    static UnreadableWorkbookException fileTooLarge(long bytes, long limit) {
        return of("文件有" + megabytes(bytes) + "，超过" + megabytes(limit) + "的上限，已拒收",
                "file too large: " + megabytes(bytes) + ", the limit is " + megabytes(limit), null);
    }

    public static UnreadableWorkbookException externalEntity(String where, Throwable cause) {
        return of("“" + where + "”中含有XML外部实体（DTD）声明，出于安全原因已拒收，请用Excel重新保存后再报送",
                "XML external entity / DTD declaration in " + where + " refused", cause);
    }

    public static UnreadableWorkbookException zipOfWorkbooks(List<String> names) {
        return of("文件是压缩包，不是Excel工作簿；请解压后单独报送其中的工作簿：" + String.join("、", names),
                "the file is a zip archive, not a workbook; it holds " + String.join(", ", names), null);
    }

    static UnreadableWorkbookException webPage() {
        return of("文件是网页（HTML）表格，只是改了扩展名，不是真正的Excel工作簿；请用Excel打开后另存为.xlsx再报送",
                "the file is an HTML table renamed as a workbook, not an Excel workbook", null);
    }

    static UnreadableWorkbookException csvText() {
        return of("文件是CSV/文本表格，只是改了扩展名，不是真正的Excel工作簿；请用Excel打开后另存为.xlsx再报送",
                "the file is CSV text renamed as a workbook, not an Excel workbook", null);
    }

    static UnreadableWorkbookException xmlSpreadsheet() {
        return of("文件是XML表格（Excel 2003 XML），不是本系统能读的工作簿；请用Excel打开后另存为.xlsx再报送",
                "the file is an XML spreadsheet, not an .xlsx or .xls workbook", null);
    }

    /** What went wrong while parsing, named when it is a known attack rather than plain damage. */
    public static UnreadableWorkbookException whileParsing(String where, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb")) {
                return zipBomb(e);
            }
            if (message.contains("max entry size") || message.contains("exceeds the max")) {
                return of("工作簿中的“" + where + "”解压后过大，已拒收", where + " inflates over the size limit", e);
            }
            if (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("entity")) {
                return externalEntity(where, e);
            }
        }
        return null;
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
