package cn.villagestats.consolidation;

import cn.villagestats.registry.Village;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;

/** Small hand-made returns for job tests: a cover, template headers, valid 身份证号. */
final class TestReturns {

    /** 王家庄村: 9 poor households in the registry. */
    static final Village WANGJIAZHUANG = new Village("370982104204", "王家庄村", 247, 9);
    /** 贺二村. */
    static final Village HEER = new Village("370982104216", "贺二村", 246, 9);

    private TestReturns() {
    }

    static void cover(WorkbookBuilder workbook, Village village) {
        cover(workbook, village, "2020-12");
    }

    static void cover(WorkbookBuilder workbook, Village village, String period) {
        workbook.sheet("封面").row("村代码", village.code()).row("村名", village.name())
                .row("报告期", period).row("填报人", "张三");
    }

    static SheetBuilder header(WorkbookBuilder workbook, ReturnSheet sheet) {
        return header(workbook, sheet, sheet.chineseName());
    }

    /** The template's headers in a sheet the clerk named otherwise ({@code Toilets}, say). */
    static SheetBuilder header(WorkbookBuilder workbook, ReturnSheet sheet, String name) {
        return workbook.sheet(name).row(sheet.columns().stream().map(ReturnColumn::header).toArray());
    }

    /** A valid 身份证号 (GB 11643 check digit) born 1980-01-01, sequence {@code n}. */
    static String idNumber(int n) {
        return withCheckDigit("370982" + "19800101" + String.format("%03d", n));
    }

    /** Completes 17 digits into a 身份证号 with its GB 11643 (ISO 7064 MOD 11-2) check digit. */
    static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String withWrongCheckDigit(String first17) {
        char right = withCheckDigit(first17).charAt(17);
        return first17 + (right == '0' ? '1' : '0');
    }

    /** The mask as the contract shows it: 370982********123X. */
    static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }
}
