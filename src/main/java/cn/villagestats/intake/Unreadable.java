package cn.villagestats.intake;

import java.util.List;

/** The reasons a workbook cannot be read, worded once for the whole adapter. */
final class Unreadable {

    private Unreadable() {
    }

    static UnreadableReturnException of(String zh, String en, Throwable cause) {
        return new UnreadableReturnException(zh, en, cause);
    }

    static UnreadableReturnException damaged(Throwable cause) {
        return of("工作簿已损坏，无法读取", "the workbook is damaged and cannot be read", cause);
    }

    static UnreadableReturnException passwordProtected(Throwable cause) {
        return of("工作簿设置了密码，请取消密码后重新报送", "workbook is password-protected", cause);
    }

    static UnreadableReturnException sheetDamaged(String sheet, Throwable cause) {
        return of("工作表“" + sheet + "”已损坏，无法读取", "sheet " + sheet + " is damaged and cannot be read", cause);
    }

    static UnreadableReturnException truncated(Throwable cause) {
        return of("工作簿已损坏或不完整（文件可能没有传完整），请重新保存后再报送",
                "the workbook is damaged or truncated (the file may not have been copied whole)", cause);
    }

    static UnreadableReturnException zipBomb(Throwable cause) {
        return of("工作簿内容解压后异常膨胀（疑似“压缩炸弹”），已拒收，请用Excel重新保存后再报送",
                "zip bomb: a part of the workbook inflates far beyond its compressed size", cause);
    }

    static UnreadableReturnException partTooLarge(String part, long bytes) {
        return of("工作簿中的“" + part + "”解压后有" + megabytes(bytes) + "，超过允许的大小，已拒收",
                "part " + part + " inflates to " + megabytes(bytes) + ", over the size limit", null);
    }

    static UnreadableReturnException sharedStringsTooLarge(long bytes, long limit) {
        return of("工作簿的共享字符串表超过" + megabytes(limit) + "，过大，已拒收；请删除多余内容后重新保存",
                "shared strings table too large (over " + megabytes(limit) + ", " + megabytes(bytes)
                        + " read)", null);
    }

    static UnreadableReturnException fileTooLarge(long bytes, long limit) {
        return of("文件有" + megabytes(bytes) + "，超过" + megabytes(limit) + "的上限，已拒收",
                "file too large: " + megabytes(bytes) + ", the limit is " + megabytes(limit), null);
    }

    static UnreadableReturnException tooManyRows(String sheet, int limit) {
        return of("工作表“" + sheet + "”超过" + limit + "行，行数过多，已拒收；请删除空行或多余内容后重新报送",
                "too many rows: sheet " + sheet + " has more than " + limit + " rows", null);
    }

    static UnreadableReturnException externalEntity(String where, Throwable cause) {
        return of("“" + where + "”中含有XML外部实体（DTD）声明，出于安全原因已拒收，请用Excel重新保存后再报送",
                "XML external entity / DTD declaration in " + where + " refused", cause);
    }

    static UnreadableReturnException zipOfWorkbooks(List<String> names) {
        return of("文件是压缩包，不是Excel工作簿；请解压后单独报送其中的工作簿：" + String.join("、", names),
                "the file is a zip archive, not a workbook; it holds " + String.join(", ", names), null);
    }

    static UnreadableReturnException webPage() {
        return of("文件是网页（HTML）表格，只是改了扩展名，不是真正的Excel工作簿；请用Excel打开后另存为.xlsx再报送",
                "the file is an HTML table renamed as a workbook, not an Excel workbook", null);
    }

    static UnreadableReturnException csvText() {
        return of("文件是CSV/文本表格，只是改了扩展名，不是真正的Excel工作簿；请用Excel打开后另存为.xlsx再报送",
                "the file is CSV text renamed as a workbook, not an Excel workbook", null);
    }

    static UnreadableReturnException xmlSpreadsheet() {
        return of("文件是XML表格（Excel 2003 XML），不是本系统能读的工作簿；请用Excel打开后另存为.xlsx再报送",
                "the file is an XML spreadsheet, not an .xlsx or .xls workbook", null);
    }

    /** What went wrong while parsing, named when it is a known attack rather than plain damage. */
    static UnreadableReturnException whileParsing(String where, Throwable e) {
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
