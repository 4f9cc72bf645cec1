package cn.villagestats.intake;

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
}
